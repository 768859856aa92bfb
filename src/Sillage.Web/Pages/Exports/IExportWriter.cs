using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Exports;

/// <summary>Writes a dossier in one export format to a stream (a temporary file: nothing big stays in memory).</summary>
public interface IExportWriter
{
    ExportFormat Format { get; }

    string Extension { get; }

    string ContentType { get; }

    Task WriteAsync(DossierData data, Stream output, ExportProgress progress, CancellationToken cancellationToken);
}

/// <summary>Reports a writer's progress to its job, at most every few percent (each report is a database write).</summary>
public sealed class ExportProgress(Func<int, string, Task> report)
{
    private int _last = -1;

    public static readonly ExportProgress None = new((_, _) => Task.CompletedTask);

    /// <summary>Traces are 5–90 % of the work; loading and storing take the rest.</summary>
    public async Task TraceDoneAsync(int done, int total)
    {
        var percent = 5 + (int)(85.0 * done / Math.Max(1, total));
        if (percent >= _last + 5 || done == total)
        {
            _last = percent;
            await report(percent, $"{done} / {total} traces");
        }
    }

    public Task StepAsync(int percent, string message) => report(percent, message);
}
