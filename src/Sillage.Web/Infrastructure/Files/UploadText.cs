using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Infrastructure.Files;

/// <summary>The text of an uploaded file that must be strict UTF-8 (the JSON imports of frameworks and situations): an
/// invalid byte is refused rather than read as a replacement character.</summary>
public static class UploadText
{
    /// <summary>The text of an uploaded JSON file: not empty, at most <paramref name="maxBytes"/>, strict UTF-8.</summary>
    /// <returns>The text, or null with the reason beside <paramref name="key"/> (<paramref name="tooLarge"/> for a file
    /// over the limit).</returns>
    public static async Task<string?> ReadJsonAsync(IFormFile? upload, long maxBytes, Message tooLarge, ModelStateDictionary state, string key,
        IStringLocalizer l, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Length == 0)
        {
            state.AddMessage(l, key, new Message("Choisissez un fichier JSON non vide."));
            return null;
        }

        if (upload.Length > maxBytes)
        {
            state.AddMessage(l, key, tooLarge);
            return null;
        }

        var text = await ReadUtf8Async(upload, cancellationToken);
        if (text is null)
        {
            state.AddMessage(l, key, new Message("Le fichier n'est pas encodé en UTF-8."));
        }

        return text;
    }

    /// <returns>The text, or null when the file is not valid UTF-8 (the page says so).</returns>
    public static async Task<string?> ReadUtf8Async(IFormFile upload, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(upload.OpenReadStream(), new UTF8Encoding(false, true));
        try
        {
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
