using System.Text.Json;

namespace Sillage.Domain.Frameworks;

/// <summary>Reads a framework file; a malformed file gives one problem with the line and path of the error.</summary>
public static class FrameworkFileReader
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static (FrameworkFile? File, IReadOnlyList<FrameworkProblem> Problems) Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, [new FrameworkProblem("$", "Le fichier est vide.")]);
        }

        try
        {
            var file = JsonSerializer.Deserialize<FrameworkFile>(json, Options);
            return file is null
                ? (null, [new FrameworkProblem("$", "Le fichier ne contient pas d'objet JSON.")])
                : (file, []);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $" (ligne {l + 1})" : "";
            return (null, [new FrameworkProblem(e.Path ?? "$", $"JSON invalide{line} : la valeur n'a pas le type attendu ou le texte est mal formé.")]);
        }
    }
}
