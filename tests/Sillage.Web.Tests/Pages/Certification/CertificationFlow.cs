using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;

namespace Sillage.Web.Tests.Pages.Certification;

/// <summary>The learner's steps through the pages: start a bloc's dossier, add traces, submit.</summary>
public static class CertificationFlow
{
    public static async Task<Guid> StartAsync(SillageApp app, HttpClient learner, string email, string blockCode)
    {
        var blockId = await app.WithDbAsync(db => db.FrameworkElements.Where(e => e.Kind == ElementKind.Block && e.Code == blockCode).Select(e => e.Id).FirstAsync());
        var index = await learner.GetPageAsync("/certification");
        var form = index.FindAll("form").First(f => f.QuerySelector($"input[name=blockId][value='{blockId}']") is not null);
        form.Id = "start-" + blockCode;
        await learner.SubmitAsync(index, "#" + form.Id);
        return await app.WithDbAsync(db => db.CertificationDossiers.Where(d => d.BlockId == blockId && db.Users.Any(u => u.Id == d.LearnerId && u.Email == email)).Select(d => d.Id).SingleAsync());
    }

    public static async Task AddTraceAsync(HttpClient learner, Guid dossierId, Guid traceId)
    {
        var page = await learner.GetPageAsync($"/certification/dossiers/{dossierId}/pieces");
        var response = await learner.SubmitAsync(page, "#traces-form", new() { ["TraceIds"] = traceId.ToString() });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<Page> SubmitAsync(HttpClient learner, Guid dossierId)
    {
        var page = await learner.GetPageAsync($"/certification/dossiers/{dossierId}");
        return await learner.SubmitAndFollowAsync(page, "form[action*='handler=Submit']");
    }

    public static Task<DossierSnapshot> SnapshotAsync(SillageApp app, Guid dossierId) =>
        app.WithDbAsync(db => db.DossierSnapshots.AsNoTracking().SingleAsync(s => s.DossierId == dossierId));
}
