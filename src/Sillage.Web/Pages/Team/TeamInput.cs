using Sillage.Domain.People;
using Sillage.Domain.Team;

namespace Sillage.Web.Pages.Team;

/// <summary>The team form: each teacher's discipline and the blocs and compétences they tick, and the version of
/// the team the form was built from.</summary>
public sealed class TeamInput
{
    public int Version { get; set; }
    public List<TeacherShare> Teachers { get; set; } = [];

    public static TeamInput From(Cohort cohort, TeamView team) => new()
    {
        Version = cohort.TeamVersion,
        Teachers =
        [
            .. team.Teachers.Select(t => new TeacherShare
            {
                Id = t.Id,
                Discipline = t.ShownDiscipline,
                Competences = [.. team.Coverage.Rows.Where(r => r.Teachers.Contains(t.Id)).Select(r => r.Competence.Code)],
            }),
        ],
    };

    public sealed class TeacherShare
    {
        public Guid Id { get; set; }
        public Discipline? Discipline { get; set; }

        /// <summary>Blocs taken whole.</summary>
        public List<string> Blocks { get; set; } = [];
        public List<string> Competences { get; set; } = [];
    }
}
