using Sillage.Domain.FilRouge;

namespace Sillage.Web.Pages.Desk;

/// <summary>The teacher's figures of a cohort's desk, computed from the requests and their logs (<see cref="RequestRules"/>).</summary>
public sealed record DeskStats(IReadOnlyList<DeskStats.LearnerLine> Learners, IReadOnlyList<DeskStats.LateLine> Late, int? MedianFirstResponse, int? MedianResolution)
{
    public sealed record LearnerLine(Guid LearnerId, string Name, DeskService? Service, int Taken, int Open, int Resolved, int? MedianFirstResponse, int? MedianResolution, int Minutes, double? AverageMark);

    public sealed record LateLine(Guid Id, string Subject, RequestPriority Priority, RequestState State, int Minutes);

    public static DeskStats Of(IReadOnlyList<UserRequest> requests, IReadOnlyList<(Guid Id, string Name, DeskService? Service)> learners, DateTime now)
    {
        var released = requests.Where(r => r.IsReleased).ToList();
        var lines = learners.Select(learner =>
        {
            var mine = released.Where(r => r.HandlerId == learner.Id).ToList();
            var marks = mine.Where(r => r.QualityMark is not null).Select(r => (double)r.QualityMark!.Value).ToList();
            return new LearnerLine(learner.Id, learner.Name, learner.Service, mine.Count,
                mine.Count(r => r.State is not (RequestState.Resolved or RequestState.Closed)),
                mine.Count(r => r.State is RequestState.Resolved or RequestState.Closed),
                Median(mine.Select(r => RequestRules.FirstResponseMinutes(r.ReleasedAt, r.Entries.Where(e => e.AuthorId == learner.Id)))),
                Median(mine.Select(r => RequestRules.ResolutionMinutes(r.ReleasedAt, r.State, r.Entries))),
                mine.Sum(r => RequestRules.TimeSpent(r.Entries)), marks.Count == 0 ? null : marks.Average());
        }).ToList();
        var late = released
            .Select(r => (Request: r, ResolvedAt: RequestRules.ResolvedAt(r.State, r.Entries)))
            .Where(x => RequestRules.IsLate(x.Request.Priority, x.Request.ReleasedAt, x.ResolvedAt, now))
            .Select(x => new LateLine(x.Request.Id, x.Request.Subject, x.Request.Priority, x.Request.State, (int)((x.ResolvedAt ?? now) - x.Request.ReleasedAt!.Value).TotalMinutes))
            .OrderByDescending(x => x.Priority).ThenByDescending(x => x.Minutes).ToList();
        return new DeskStats(lines, late,
            Median(released.Select(r => RequestRules.FirstResponseMinutes(r.ReleasedAt, r.Entries))),
            Median(released.Select(r => RequestRules.ResolutionMinutes(r.ReleasedAt, r.State, r.Entries))));
    }

    private static int? Median(IEnumerable<int?> values)
    {
        var sorted = values.OfType<int>().Order().ToList();
        return sorted.Count == 0 ? null : sorted[(sorted.Count - 1) / 2];
    }
}
