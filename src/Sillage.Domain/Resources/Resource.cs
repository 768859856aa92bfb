namespace Sillage.Domain.Resources;

/// <summary>
/// A resource for teaching or learning (guide sections 2.4 and 4: CNIL, ANSSI, Certa, Pix, M@gistère…): a link,
/// attachable to competences and situations. Shared ones (no establishment) form the common library.
/// </summary>
public class Resource : ILibraryRecord
{
    public const int MaxTitleLength = 300;
    public const int MaxUrlLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable identifier of a shipped resource ("cnil-outils-conformite"); null for the others.</summary>
    public string? Code { get; set; }
    public Guid? EstablishmentId { get; set; }
    public required string Title { get; set; }

    /// <summary>Null when the source gives none (a M@gistère course is found from the platform).</summary>
    public string? Url { get; set; }

    /// <summary>Who publishes it: CNIL, ANSSI, réseau Certa, Éduscol…</summary>
    public string? Publisher { get; set; }
    public string? Description { get; set; }
    public string? Source { get; set; }

    /// <summary>Whom it is for: learners never see a resource for teachers.</summary>
    public ResourceAudience Audience { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<ResourceCompetence> Competences { get; set; } = [];

    public static Message? CheckTitle(string? title) =>
        string.IsNullOrWhiteSpace(title) ? new Message("Le titre de la ressource est obligatoire.")
        : title.Trim().Length > MaxTitleLength ? new Message("Le titre ne peut dépasser {0} caractères.", MaxTitleLength)
        : null;

    /// <summary>An absolute http(s) address, or nothing.</summary>
    public static Message? CheckUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return url.Length <= MaxUrlLength && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : new Message("« {0} » n'est pas une adresse web complète (https://…).", url);
    }
}

/// <summary>A competence a resource helps with, kept by framework code and element code so that it survives a
/// new version of the framework (as the CRCN correspondences do).</summary>
public class ResourceCompetence
{
    public Guid ResourceId { get; set; }
    public required string FrameworkCode { get; set; }
    public required string ElementCode { get; set; }
}
