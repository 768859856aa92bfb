using Sillage.Domain.FilRouge;

namespace Sillage.Web.Pages.Desk;

/// <summary>The desks shipped in data/fil-rouge (VosRêves's requests per situation and the category → compétence
/// mapping), read once from the application's folder. Nothing is stored: the teacher sends requests from a set.</summary>
public sealed class ShippedDesks
{
    private readonly Lazy<IReadOnlyList<DeskFile>> files = new(Load);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "fil-rouge");

    public IReadOnlyList<DeskFile> Files => files.Value;

    /// <summary>The shipped requests of a situation (by its code), empty for a situation without a set.</summary>
    public IReadOnlyList<DeskFile.ShippedRequest> ForSituation(string? situationCode) =>
        situationCode is null ? [] : Files.SelectMany(f => f.Situations).Where(s => s.Situation == situationCode).SelectMany(s => s.Requests).ToList();

    /// <summary>The codes of situations that have a set.</summary>
    public IReadOnlySet<string> SituationCodes => Files.SelectMany(f => f.Situations).Select(s => s.Situation).ToHashSet(StringComparer.Ordinal);

    /// <summary>The compétence codes a category maps to (the first desk file that maps it), only those in <paramref name="existing"/>.</summary>
    public IReadOnlyList<string> CompetencesOf(RequestCategory category, IReadOnlySet<string> existing) =>
        Files.Select(f => f.CompetencesOf(category, existing)).FirstOrDefault(c => c.Count > 0) ?? [];

    private static List<DeskFile> Load() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(p => DeskFile.Read(File.ReadAllText(p))).ToList()
            : [];
}
