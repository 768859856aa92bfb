using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Runs a JSON re-import asked for on the import page: the uploaded zip waits in the file store under
/// <see cref="Payload.UploadKey"/>. Success says how many traces were added; a refused file fails the job with every
/// error listed in a <see cref="JobReport"/>. The zip is deleted once the job ends, but not when the app stops in
/// the middle: the job is then taken up again, file included (nothing was committed, or the dossier is no longer
/// empty and the retry is refused without duplicating anything).
/// </summary>
public sealed class ImportJob(JsonImport import, IFileStore files) : IJobHandler
{
    public const string JobKind = "portfolio.import";

    /// <param name="UploadKey">The uploaded zip in the file store (also the job's result file until the job ends, so
    /// that the retention job and erasure delete it even if the job never does).</param>
    /// <param name="LearnerId">The learner whose empty dossier receives the traces.</param>
    public sealed record Payload(string UploadKey, Guid LearnerId);

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var payload = context.Payload<Payload>();
        await context.ReportAsync(2, "Lecture du fichier…", cancellationToken);
        var progress = new ExportProgress((percent, message) => context.ReportAsync(percent, message, cancellationToken));
        JsonImport.Result result;
        try
        {
            await using var archive = await OpenAsync(payload.UploadKey, cancellationToken);
            result = archive is null
                ? new JsonImport.Result(["Le fichier déposé est introuvable : déposez-le à nouveau."], 0)
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
            context.Job.Message = $"Import terminé : {result.Traces} trace(s) ajoutée(s) au dossier.";
            return;
        }

        await context.SaveReportAsync(result.Errors, "erreurs-import.txt", cancellationToken);
        context.Fail($"Rien n'a été importé : {result.Errors.Count} erreur(s), listée(s) ci-dessous.");
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
