using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Infrastructure.Spreadsheets;

/// <summary>
/// The file of a two-step CSV import (learners, host structures): the preview reads the upload; only a clean file
/// travels back with the confirmation (base64, in a hidden field) to be read and checked again, so nothing is kept on
/// the server between the steps.
/// </summary>
public static class CsvImportFile
{
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The uploaded file's bytes; null when it is missing, empty or too large, with the reason beside
    /// <paramref name="key"/>.</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile? upload, ModelStateDictionary state, string key, IStringLocalizer l)
    {
        if (upload is null || upload.Length == 0)
        {
            state.AddMessage(l, key, new Message("Choisissez un fichier CSV non vide."));
            return null;
        }

        if (upload.Length > MaxBytes)
        {
            state.AddMessage(l, key, new Message("Le fichier dépasse 1 Mo."));
            return null;
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>What the confirmation carries: the file when its preview is clean, nothing otherwise.</summary>
    public static string? Carry(byte[] bytes, bool clean) => clean ? Convert.ToBase64String(bytes) : null;

    /// <summary>The file the confirmation carried back; null when it is not base64, with the reason in the form's summary.</summary>
    public static byte[]? Carried(string? content, ModelStateDictionary state, IStringLocalizer l)
    {
        try
        {
            return Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            state.AddMessage(l, string.Empty, new Message("Le fichier à importer est illisible : recommencez l'import."));
            return null;
        }
    }
}
