using System.Globalization;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Runs a JSON re-import asked for on the import page: the uploaded zip waits in the file store under
/// <see cref="Payload.UploadKey"/>. Success says how many traces were added; a refused file fails the job with every
/// error listed in a <see cref="JobReport"/>. The zip is deleted once the job ends, but not when the app stops in
/// the middle: the job is then taken up again, file included (nothing was committed, or the dossier is no longer
/// empty and the retry is refused without duplicating anything).
/// </summary>
public sealed class ImportJob(JsonImport import, IFileStore files, IStringLocalizer<Text> l) : IJobHandler
{
    public const string JobKind = "portfolio.import";

    /// <param name="UploadKey">The uploaded zip in the file store (also the job's result file until the job ends, so
    /// that the retention job and erasure delete it even if the job never does).</param>
    /// <param name="LearnerId">The learner whose empty dossier receives the traces.</param>
    /// <param name="Language">The language of the request that queued the import ("fr", "en"): the list of errors (a
    /// file) is written in it. The job's messages are stored as <see cref="Message"/> values, shown in the reader's
    /// language. Jobs queued before it existed write their list in French.</param>
    public sealed record Payload(string UploadKey, Guid LearnerId, string? Language = null);

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var payload = context.Payload<Payload>();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(payload.Language == "en" ? "en-GB" : "fr-FR");
        await context.ReportAsync(2, new Message("Lecture du fichier…"), cancellationToken);
        var progress = new ExportProgress((percent, message) => context.ReportAsync(percent, message, cancellationToken));
        JsonImport.Result result;
        try
        {
            await using var archive = await OpenAsync(payload.UploadKey, cancellationToken);
            result = archive is null
                ? new JsonImport.Result([new Message("Le fichier déposé est introuvable : déposez-le à nouveau.")], 0)
                : await import.ImportAsync(archive, payload.LearnerId, context.Job.OwnerId, progress, cancellationToken);
        }
        finally
        {
            // Stopping the app cancels the token: the job is run again later and needs its file.
            if (!cancellationToken.IsCancellationRequested)
            {
                await files.DeleteAsync(payload.UploadKey, CancellationToken.None);
                context.Job.ResultFileKey = context.Job.ResultFileName = context.Job.ResultContentType = null;
            }
        }

        if (result.Succeeded)
        {
            context.Done(new Message("Import terminé : {0} trace(s) ajoutée(s) au dossier.", result.Traces));
            return;
        }

        await context.SaveReportAsync(result.Errors.Select(e => l.Format(e)), "erreurs-import.txt", cancellationToken);
        context.Fail(new Message("Rien n'a été importé : {0} erreur(s), listée(s) ci-dessous.", result.Errors.Count));
    }

    /// <summary>The zip as a seekable stream (its directory is at its end): the stored file, or a temporary copy of it
    /// when the store streams (S3).</summary>
    private async Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await files.OpenReadAsync(key, cancellationToken);
        if (stored is null || stored.CanSeek)
        {
            return stored;
        }

        await using (stored)
        {
            var copy = new FileStream(Path.Combine(Path.GetTempPath(), $"sillage-import-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            try
            {
                await stored.CopyToAsync(copy, cancellationToken);
            }
            catch
            {
                await copy.DisposeAsync();
                throw;
            }

            copy.Position = 0;
            return copy;
        }
    }
}
