using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Exports;

/// <summary>Produces one <see cref="PortfolioExport"/>: loads the dossier, lets the format's writer stream it
/// to a temporary file (deleted on close), then stores that file as the job's result.</summary>
public sealed class ExportJob(SillageDb db, IEnumerable<IExportWriter> writers, SchoolClock clock) : IJobHandler
{
    public const string JobKind = "portfolio.export";

    /// <remarks>Jobs queued by earlier versions also carry a BaseUrl, now ignored: Open Badges links come from
    /// <see cref="Infrastructure.Web.PublicAddress"/>.</remarks>
    public sealed record Payload(Guid ExportId);

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        // Exports are written in French, whatever thread culture the worker has.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        var payload = context.Payload<Payload>();
        var id = payload.ExportId;
        var export = await db.PortfolioExports.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
        var writer = writers.Single(w => w.Format == export.Format);
        await context.ReportAsync(2, new Message("Lecture du dossier…"), cancellationToken);
        var data = await DossierData.LoadAsync(db, export.LearnerId, export.Format == ExportFormat.Json, clock, cancellationToken)
                   ?? throw new InvalidOperationException($"Learner {export.LearnerId} not found.");
        var progress = new ExportProgress((percent, message) => context.ReportAsync(percent, message, cancellationToken));
        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"sillage-export-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await writer.WriteAsync(data, file, progress, cancellationToken);
        file.Position = 0;
        await context.ReportAsync(95, new Message("Enregistrement du fichier…"), cancellationToken);
        await context.SaveResultAsync(file, FileName(data, writer), writer.ContentType, cancellationToken);
        context.Done(new Message("Export prêt ({0} traces).", data.Visible.Count()));
    }

    public static string FileName(DossierData data, IExportWriter writer) =>
        $"dossier-{Slug(data.Learner.FullName)}-{writer.Format.ToString().ToLowerInvariant()}-{data.ExportedOn:yyyy-MM-dd}.{writer.Extension}";

    /// <summary>"Léa Martin" → "lea-martin": safe in file names and addresses.</summary>
    public static string Slug(string text)
    {
        var folded = TextFolding.Fold(text);
        var chars = folded.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "sans-titre" : slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }
}
