using Sillage.Domain.Plan;

namespace Sillage.Domain.Teaching;

/// <summary>What one session counts for: its hours, its group, teachers, blocs, English, outside speaker.</summary>
/// <param name="BlockCodes">The distinct blocs of the elements it worked; none when it named no compétence.</param>
public sealed record SessionHours(Guid Id, DateOnly Date, int Minutes, Guid? GroupId, IReadOnlyCollection<Guid> TeacherIds,
    IReadOnlyCollection<string> BlockCodes, bool InEnglish, bool Speaker, Guid? SituationId = null)
{
    public decimal Hours => Minutes / 60m;
}

/// <summary>
/// Hours done, as the cohort's learners received them and as each teacher gave them. For the cohort, a session of
/// the whole cohort counts its hours once whatever the number of teachers (a joint session is not counted twice);
/// a group's session counts its share of the cohort (a half-class session is half of the cohort's hours: the
/// other half-group has its own session), so the figure is the hours an average learner received. A session
/// working several blocs shares its hours equally between them. Outside speakers' sessions count apart, as the
/// guide places them beyond the 400 hours. For a teacher, every session they took part in counts in full.
/// </summary>
public sealed class TeachingHours
{
    private TeachingHours()
    {
    }

    /// <summary>Blocs' hours (speakers excluded), unassigned included.</summary>
    public decimal Total { get; private init; }
    public IReadOnlyDictionary<string, decimal> ByBlock { get; private init; } = new Dictionary<string, decimal>();

    /// <summary>Hours that named no compétence.</summary>
    public decimal Unassigned { get; private init; }
    public decimal English { get; private init; }
    public decimal Speakers { get; private init; }
    public IReadOnlyDictionary<Guid, decimal> ByTeacher { get; private init; } = new Dictionary<Guid, decimal>();

    /// <summary>By week (Monday): blocs' hours and speakers' hours.</summary>
    public IReadOnlyDictionary<DateOnly, (decimal Hours, decimal Speakers)> ByWeek { get; private init; } = new Dictionary<DateOnly, (decimal, decimal)>();
    public IReadOnlyDictionary<Guid, decimal> BySituation { get; private init; } = new Dictionary<Guid, decimal>();

    /// <param name="groupCount">The cohort's number of groups: a group's session counts 1/groupCount of its hours.</param>
    public static TeachingHours Compute(IEnumerable<SessionHours> sessions, int groupCount)
    {
        decimal total = 0, unassigned = 0, english = 0, speakers = 0;
        var byBlock = new Dictionary<string, decimal>();
        var byTeacher = new Dictionary<Guid, decimal>();
        var byWeek = new Dictionary<DateOnly, (decimal Hours, decimal Speakers)>();
        var bySituation = new Dictionary<Guid, decimal>();
        foreach (var session in sessions)
        {
            var share = session.GroupId is null || groupCount <= 1 ? session.Hours : session.Hours / groupCount;
            foreach (var teacher in session.TeacherIds.Distinct())
            {
                byTeacher[teacher] = byTeacher.GetValueOrDefault(teacher) + session.Hours;
            }

            var monday = Weekday.Monday(session.Date);
            var week = byWeek.GetValueOrDefault(monday);
            if (session.SituationId is { } situation)
            {
                bySituation[situation] = bySituation.GetValueOrDefault(situation) + share;
            }

            if (session.Speaker)
            {
                speakers += share;
                byWeek[monday] = (week.Hours, week.Speakers + share);
                continue;
            }

            total += share;
            byWeek[monday] = (week.Hours + share, week.Speakers);
            if (session.InEnglish)
            {
                english += share;
            }

            var blocks = session.BlockCodes.Distinct().ToList();
            if (blocks.Count == 0)
            {
                unassigned += share;
            }

            foreach (var block in blocks)
            {
                byBlock[block] = byBlock.GetValueOrDefault(block) + (share / blocks.Count);
            }
        }

        return new TeachingHours
        {
            Total = total, ByBlock = byBlock, Unassigned = unassigned, English = english, Speakers = speakers,
            ByTeacher = byTeacher, ByWeek = byWeek, BySituation = bySituation,
        };
    }
}
