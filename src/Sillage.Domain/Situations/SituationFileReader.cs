using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sillage.Domain.Situations;

/// <summary>Reads and writes situation files; a malformed file gives one problem with the line and path of the error.</summary>
public static class SituationFileReader
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static (SituationFile? File, IReadOnlyList<SituationProblem> Problems) Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, [new SituationProblem("$", "Le fichier est vide.")]);
        }

        try
        {
            var file = JsonSerializer.Deserialize<SituationFile>(json, Options);
            return file is null
                ? (null, [new SituationProblem("$", "Le fichier ne contient pas d'objet JSON.")])
                : (file, []);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $" (ligne {l + 1})" : "";
            return (null, [new SituationProblem(e.Path ?? "$", $"JSON invalide{line} : la valeur n'a pas le type attendu ou le texte est mal formé.")]);
        }
    }

    public static string Write(SituationFile file) => JsonSerializer.Serialize(file, Options);
}
