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
            return (null, [new FrameworkProblem("$", new Message("Le fichier est vide."))]);
        }

        try
        {
            var file = JsonSerializer.Deserialize<FrameworkFile>(json, Options);
            return file is null
                ? (null, [new FrameworkProblem("$", new Message("Le fichier ne contient pas d'objet JSON."))])
                : (file, []);
        }
        catch (JsonException e)
        {
            var message = e.LineNumber is { } l
                ? new Message("JSON invalide (ligne {0}) : la valeur n'a pas le type attendu ou le texte est mal formé.", l + 1)
                : new Message("JSON invalide : la valeur n'a pas le type attendu ou le texte est mal formé.");
            return (null, [new FrameworkProblem(e.Path ?? "$", message)]);
        }
    }
}
