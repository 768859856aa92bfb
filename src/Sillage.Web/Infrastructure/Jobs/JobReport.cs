using System.Text;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Infrastructure.Jobs;

/// <summary>
/// A job's result that is a list of lines for the owner to read (the errors of an import), stored as a UTF-8 text
/// file — one line each — rather than in <see cref="Data.BackgroundJob.Message"/>, which holds one short sentence.
/// Stored as the job's result file, it is deleted with the job (retention, erasure).
/// </summary>
public static class JobReport
{
    public const string ContentType = "text/plain; charset=utf-8";

    /// <summary>Lines shown on the job page; the rest stays in the stored file.</summary>
    public const int MaxShownLines = 200;

    public static Stream Write(IEnumerable<string> lines)
    {
        // A line break inside a line (from a value of the imported file) would split it in two.
        var text = string.Join('\n', lines.Select(l => l.ReplaceLineEndings(" ")));
        return new MemoryStream(Encoding.UTF8.GetBytes(text));
    }

    public static async Task<IReadOnlyList<string>> ReadAsync(IFileStore files, string key, CancellationToken cancellationToken = default)
    {
        await using var stream = await files.OpenReadAsync(key, cancellationToken);
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (lines.Count < MaxShownLines && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
