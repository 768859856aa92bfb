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
            return (null, [new SituationProblem("$", new Message("Le fichier est vide."))]);
        }

        try
        {
            var file = JsonSerializer.Deserialize<SituationFile>(json, Options);
            return file is null
                ? (null, [new SituationProblem("$", new Message("Le fichier ne contient pas d'objet JSON."))])
                : (file, []);
        }
        catch (JsonException e)
        {
            var problem = e.LineNumber is { } line
                ? new Message("JSON invalide (ligne {0}) : la valeur n'a pas le type attendu ou le texte est mal formé.", line + 1)
                : new Message("JSON invalide : la valeur n'a pas le type attendu ou le texte est mal formé.");
            return (null, [new SituationProblem(e.Path ?? "$", problem)]);
        }
    }

    public static string Write(SituationFile file) => JsonSerializer.Serialize(file, Options);
}
