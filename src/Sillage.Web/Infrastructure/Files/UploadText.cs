using System.Text;

namespace Sillage.Web.Infrastructure.Files;

/// <summary>The text of an uploaded file that must be strict UTF-8 (the JSON imports of frameworks and situations): an
/// invalid byte is refused rather than read as a replacement character.</summary>
public static class UploadText
{
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
