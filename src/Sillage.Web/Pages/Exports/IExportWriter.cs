using Sillage.Domain;
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

/// <summary>Reports the progress of an export (or of the import) to its job, at most every few percent (each report
/// is a database write, which also extends the job's lease).</summary>
public sealed class ExportProgress(Func<int, Message, Task> report)
{
    private int _last = -1;

    public static readonly ExportProgress None = new((_, _) => Task.CompletedTask);

    /// <summary>Traces are 5–90 % of the work; loading and storing take the rest.</summary>
    public Task TraceDoneAsync(int done, int total) => PartDoneAsync(5, 90, done, total, "{0} / {1} traces");

    /// <summary>One more item done of a part of the work that goes from <paramref name="from"/> to <paramref name="to"/> %.</summary>
    /// <param name="template">A French catalogue template, with {0} for the items done and {1} for their total.</param>
    public async Task PartDoneAsync(int from, int to, int done, int total, string template)
    {
        var percent = from + (int)((double)(to - from) * done / Math.Max(1, total));
        if (percent >= _last + 5 || done == total)
        {
            _last = percent;
            await report(percent, new Message(template, done, total));
        }
    }

    public Task StepAsync(int percent, Message message) => report(percent, message);
}
