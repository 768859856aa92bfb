using System.Globalization;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.Pfmp.Documents;

/// <summary>Prints a PFMP document in the background (Chromium takes a second or two); the requester follows it
/// on the job page and finds the PDF there and in the learner's PFMP dossier.</summary>
public sealed class PfmpDocumentJob(PfmpDocuments documents) : IJobHandler
{
    public const string JobKind = "pfmp.document";

    public sealed record Payload(Guid PeriodId, PfmpDocumentKind Kind);

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        // The documents are French whatever the requester's interface language.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fr-FR");
        var payload = context.Payload<Payload>();
        await context.ReportAsync(20, new Message("Mise en page du document…"), cancellationToken);
        var document = await documents.GenerateAsync(payload.PeriodId, payload.Kind, context.Job.OwnerId, cancellationToken);
        context.Job.ResultFileKey = document.FileKey;
        context.Job.ResultFileName = document.FileName;
        context.Job.ResultContentType = document.ContentType;
        context.Done(new Message("Document prêt : il est aussi rangé dans le dossier PFMP de l'apprenant."));
    }
}
