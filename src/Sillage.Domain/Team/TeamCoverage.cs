namespace Sillage.Domain.Team;

/// <summary>Who teaches each compétence of the framework: <see cref="Gaps"/> nobody does, <see cref="Overlaps"/> two
/// teachers or more do. Built by <see cref="TeamSharing.Cover"/>.</summary>
public sealed record TeamCoverage(IReadOnlyList<TeamCoverage.Row> Rows)
{
    public IReadOnlyList<Row> Gaps => [.. Rows.Where(r => r.Teachers.Count == 0)];

    public IReadOnlyList<Row> Overlaps => [.. Rows.Where(r => r.Teachers.Count > 1)];

    public bool Teaches(Guid teacher, string code) => Rows.Any(r => r.Competence.Code == code && r.Teachers.Contains(teacher));

    /// <summary>One compétence and the teachers who take it on.</summary>
    public sealed record Row(TeamCompetence Competence, IReadOnlySet<Guid> Teachers);
}
