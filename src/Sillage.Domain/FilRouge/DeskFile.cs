using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sillage.Domain.FilRouge;

/// <summary>
/// The shipped desk of a fil-rouge organisation (<c>data/fil-rouge/*.json</c>): the bloc 3 compétences each request
/// category maps to, and a set of requests per situation, each from a person of the org chart (by name).
/// </summary>
public sealed record DeskFile(string Format, string Organisation, IReadOnlyDictionary<RequestCategory, IReadOnlyList<string>> Competences, IReadOnlyList<DeskFile.SituationSet> Situations)
{
    public const string CurrentFormat = "sillage-desk/1";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static DeskFile Read(string json) =>
        JsonSerializer.Deserialize<DeskFile>(json, Options) ?? throw new JsonException("An empty desk file.");

    /// <summary>The compétence codes a category maps to, only those the framework has (<paramref name="existing"/>).</summary>
    public IReadOnlyList<string> CompetencesOf(RequestCategory category, IReadOnlySet<string> existing) =>
        Competences.TryGetValue(category, out var codes) ? codes.Where(existing.Contains).Distinct().ToList() : [];

    public sealed record SituationSet(string Situation, IReadOnlyList<ShippedRequest> Requests);

    public sealed record ShippedRequest(string Code, string Requester, DeskService Service, RequestCategory Category, RequestPriority Priority, string Subject, string Description);
}
