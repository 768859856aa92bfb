namespace Sillage.Domain.Team;

/// <summary>
/// The sharing of a cohort's compétences between its teachers (guide, section 2.1: "répartitions cohérentes et
/// partagées des compétences … entre les différents intervenants"). A compétence nobody takes on is a gap; one that
/// two teachers or more take on is an overlap — not an error (an English teacher often works a compétence with the
/// économie-gestion teacher), but the team should know it.
/// </summary>
public static class TeamSharing
{
    /// <summary>The coverage of <paramref name="competences"/> (in framework order) by the shares. Shares of codes
    /// the framework does not have (a share kept from an older version) are ignored.</summary>
    public static TeamCoverage Cover(IReadOnlyList<TeamCompetence> competences, IEnumerable<(Guid Teacher, string Code)> shares)
    {
        var byCode = shares.GroupBy(s => s.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(s => s.Teacher).ToHashSet(), StringComparer.Ordinal);
        return new TeamCoverage([.. competences.Select(c => new TeamCoverage.Row(c, byCode.GetValueOrDefault(c.Code) ?? new HashSet<Guid>()))]);
    }

    /// <summary>The compétences a teacher takes on when they tick <paramref name="blocks"/> and
    /// <paramref name="codes"/>: a bloc means all its compétences. Null when a code is not one of the framework's
    /// blocs or compétences.</summary>
    public static IReadOnlySet<string>? Expand(IReadOnlyList<TeamCompetence> competences, IEnumerable<string> blocks, IEnumerable<string> codes)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var members = competences.Where(c => c.BlockCode == block).Select(c => c.Code).ToList();
            if (members.Count == 0)
            {
                return null;
            }

            result.UnionWith(members);
        }

        foreach (var code in codes)
        {
            if (competences.All(c => c.Code != code))
            {
                return null;
            }

            result.Add(code);
        }

        return result;
    }

    /// <summary>The discipline an STS-web subject suggests, when it is obvious ("ANGLAIS" → anglais, "ECO-GEST" →
    /// économie-gestion); null otherwise: the référent chooses.</summary>
    public static Discipline? Propose(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var upper = subject.ToUpperInvariant();
        var english = upper.Contains("ANGL", StringComparison.Ordinal);
        var economics = upper.Contains("ECO", StringComparison.Ordinal) || upper.Contains("ÉCO", StringComparison.Ordinal)
                        || upper.Contains("GEST", StringComparison.Ordinal);
        return english == economics ? null : english ? Discipline.English : Discipline.EconomicsAndManagement;
    }
}
