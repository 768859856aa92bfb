using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>The certification records the route table's placeholders point to: the demo's submitted bloc 1
/// dossier, its snapshot and jury candidate, and a draft bloc 2 dossier of the same learner with a document.</summary>
public static class CertificationRoutes
{
    public static async Task<Dictionary<string, string>> ArrangeAsync(SillageDb db, IServiceProvider services, Guid learnerId, Cohort cohort)
    {
        var submitted = await db.CertificationDossiers.SingleAsync(d => d.LearnerId == learnerId && d.Status == DossierStatus.Submitted);
        var snapshot = await db.DossierSnapshots.SingleAsync(s => s.DossierId == submitted.Id);
        var candidate = await db.ExamCandidates.SingleAsync(c => c.LearnerId == learnerId);
        var b2 = await db.FrameworkElements.SingleAsync(e => e.FrameworkId == cohort.FrameworkId && e.Kind == ElementKind.Block && e.Code == "B2");
        var draft = await db.CertificationDossiers.Include(d => d.Items).SingleOrDefaultAsync(d => d.LearnerId == learnerId && d.BlockId == b2.Id);
        if (draft is null)
        {
            draft = new CertificationDossier { LearnerId = learnerId, CohortId = cohort.Id, BlockId = b2.Id };
            db.CertificationDossiers.Add(draft);
        }

        var document = draft.Items.FirstOrDefault(i => i.IsDocument);
        if (document is null)
        {
            var key = $"certification/tests/{Guid.NewGuid():N}";
            await services.GetRequiredService<IFileStore>().SaveAsync(key, new MemoryStream("%PDF-1.4 attestation"u8.ToArray()), "application/pdf");
            document = draft.Add(DossierItemKind.PfmpAttestation, null, "Attestation de PFMP", null, DateTime.UtcNow);
            document.StorageKey = key;
            document.FileName = "attestation.pdf";
            document.ContentType = "application/pdf";
            db.DossierItems.Add(document);
        }

        await db.SaveChangesAsync();
        return new Dictionary<string, string>
        {
            ["{dossier}"] = submitted.Id.ToString(),
            ["{draftdossier}"] = draft.Id.ToString(),
            ["{document}"] = document.Id.ToString(),
            ["{snapshot}"] = snapshot.Id.ToString(),
            ["{candidate}"] = candidate.Id.ToString(),
            ["{session}"] = candidate.SessionId.ToString(),
            ["{json}"] = "json",
            ["{firstfile}"] = "fichier-1",
        };
    }
}
