namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// The collaborative project a group of learners presents for a situation such as E1-A (groups of 2 to 4): its
/// title and documents, and each member's individual contribution. The evaluation stays individual: each member has
/// their own grid and mark.
/// </summary>
public class CcfProject
{
    public const int TitleMaxLength = 200;
    public const int ContributionMaxLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public required string SituationCode { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid CreatedById { get; set; }
    public int Version { get; set; } = 1;

    public List<CcfProjectMember> Members { get; set; } = [];

    /// <summary>The problems of a project's title and members against the situation's group size, in French.</summary>
    public static IReadOnlyList<Message> Check(string? title, IReadOnlyCollection<Guid> members, int? minMembers, int? maxMembers)
    {
        var problems = new List<Message>();
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(new Message("Donnez un intitulé au projet."));
        }
        else if (title.Trim().Length > TitleMaxLength)
        {
            problems.Add(new Message("L'intitulé dépasse {0} caractères.", TitleMaxLength));
        }

        var count = members.Distinct().Count();
        if ((minMembers is { } min && count < min) || (maxMembers is { } max && count > max))
        {
            problems.Add(new Message("Le projet réunit {0} personne(s) ; la situation demande un groupe de {1} à {2}.", count, minMembers ?? 1, maxMembers ?? count));
        }

        return problems;
    }
}

public class CcfProjectMember
{
    public Guid ProjectId { get; set; }
    public Guid LearnerId { get; set; }

    /// <summary>What this member did in the project, in their words or the team's (Markdown).</summary>
    public string? Contribution { get; set; }
}
