using System.Globalization;
using System.Text.Json.Nodes;

namespace Sillage.Domain.Frameworks;

/// <summary>
/// A version of a référentiel being written by an establishment's référents. It holds the framework document
/// itself (the JSON format of docs/framework-format.md); publishing it imports that document as a new,
/// immutable <see cref="Framework"/> version. <see cref="Revision"/> goes up with every edit so that two
/// référents editing the same draft never overwrite each other's work.
/// </summary>
public class FrameworkDraft
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The establishment whose référents edit the draft (null for one started by a platform administrator
    /// without an establishment).</summary>
    public Guid? EstablishmentId { get; set; }

    /// <summary>The published version the draft started from.</summary>
    public Guid? BasedOnId { get; set; }
    public required string Code { get; set; }
    public required string Json { get; set; }
    public int Revision { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedById { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedById { get; set; }

    /// <summary>Starts a draft from a published version's document, proposing the first version name not taken.</summary>
    public static FrameworkDraft StartFrom(Framework source, IReadOnlySet<string> takenVersions, Guid? establishmentId, Guid? by, DateTime now)
    {
        var root = FrameworkEdits.Load(source.SourceJson);
        root["format"] = FrameworkFile.CurrentFormat;
        root["version"] = NextVersion(source.Version, takenVersions);
        return new FrameworkDraft
        {
            EstablishmentId = establishmentId,
            BasedOnId = source.Id,
            Code = source.Code,
            Json = FrameworkEdits.Save(root),
            CreatedAt = now,
            CreatedById = by,
            UpdatedAt = now,
            UpdatedById = by,
        };
    }

    /// <summary>"2020" → "2020.1", then "2020.2" if taken…</summary>
    public static string NextVersion(string version, IReadOnlySet<string> taken)
    {
        for (var i = 1; ; i++)
        {
            var candidate = version + "." + i.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Applies an edit to the document. Refused, with nothing changed, when the page was made from an
    /// older revision or the edit itself is refused.</summary>
    public Message? Apply(int revision, Func<JsonObject, Message?> edit, Guid? by, DateTime now)
    {
        if (revision != Revision)
        {
            return Stale;
        }

        var root = FrameworkEdits.Load(Json);
        if (edit(root) is { } problem)
        {
            return problem;
        }

        if (root["code"]?.GetValue<string>() != Code)
        {
            return new Message("Le code du référentiel ne change pas dans une nouvelle version : partez d'un autre référentiel pour en créer un.");
        }

        Json = FrameworkEdits.Save(root);
        Revision++;
        UpdatedAt = now;
        UpdatedById = by;
        return null;
    }

    public static readonly Message Stale =
        new("Le brouillon a été modifié entre-temps (par vous dans un autre onglet ou par un autre référent) : rien n'a été enregistré. Vos saisies sont conservées ci-dessous ; rechargez la page pour voir la version actuelle.");
}
