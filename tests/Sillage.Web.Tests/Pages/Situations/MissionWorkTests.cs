using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Tests.Pages.Situations;

/// <summary>A trace written "for" a mission: the situation is its context, the mission's competences are suggested,
/// and the teacher sees it on the mission page.</summary>
public sealed class MissionWorkTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<(Guid Situation, Guid Mission)> MissionAsync(string code) => await app.WithDbAsync(async db =>
    {
        var situation = await db.Situations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
        return (situation, await db.Missions.Where(m => m.SituationId == situation).OrderBy(m => m.SortOrder).Select(m => m.Id).FirstAsync());
    });

    [Fact]
    public async Task A_learner_writes_a_trace_for_a_mission_and_the_teacher_sees_it()
    {
        var (situation, mission) = await MissionAsync("vosreves-situation-3");
        var learner = await app.SignInAsync(Accounts.Learner);
        var missionPage = await learner.GetPageAsync($"/situations/{situation}/missions/{mission}");
        var write = missionPage.FindAll("a").Single(a => a.TextContent.Contains("Écrire une trace pour cette mission", StringComparison.Ordinal)).GetAttribute("href")!;

        var form = await learner.GetPageAsync(write);
        Assert.NotNull(form.Find("#mission-context"));
        Assert.Equal(nameof(TraceContext.SituationProfessionnelle), form.Find("#Input_Context option[selected]")!.GetAttribute("value"));
        var response = await learner.SubmitAsync(form, "#trace-form", new()
        {
            ["Input.Title"] = "Support de sensibilisation pour les salariés",
            ["Input.Body"] = "J'ai préparé un diaporama sur les règles d'hygiène numérique.",
            ["Input.ActivityDate"] = "2026-11-12",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var links = await learner.GetPageAsync(response.Headers.Location!.ToString());
        var suggested = links.FindAll("#mission-suggestions li").Select(li => li.TextContent.Trim()[..6]).ToList();
        Assert.Equal(["C3.2.1", "C3.3.1"], suggested);

        var trace = await app.WithDbAsync(db => db.Traces.AsNoTracking().SingleAsync(t => t.Title == "Support de sensibilisation pour les salariés"));
        Assert.Equal((TraceContext.SituationProfessionnelle, mission), (trace.Context, trace.ContextReferenceId!.Value));

        var mine = await learner.GetPageAsync($"/situations/{situation}/missions/{mission}");
        Assert.Contains("Support de sensibilisation pour les salariés", mine.Find("#my-work-list")!.TextContent, StringComparison.Ordinal);

        var teacher = await app.SignInAsync(Accounts.Teacher);
        var staffView = await teacher.GetPageAsync($"/situations/{situation}/missions/{mission}");
        var row = staffView.FindAll("#mission-work tbody tr").Single(r => r.TextContent.Contains("Support de sensibilisation pour les salariés", StringComparison.Ordinal));
        Assert.Equal($"/dossier/traces/{trace.Id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_mission_the_learner_does_not_have_cannot_be_the_context_of_a_trace()
    {
        var (_, groupBMission) = await MissionAsync("vosreves-situation-2");
        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/dossier/nouvelle?mission={groupBMission}")).StatusCode);

        var form = await learner.GetPageAsync("/dossier/nouvelle?brouillon=" + Guid.NewGuid());
        var response = await learner.SubmitAsync(form, "#trace-form", new()
        {
            ["Input.Title"] = "Trace au contexte forgé",
            ["Input.Body"] = "Texte.",
            ["Input.ActivityDate"] = "2026-11-12",
            ["Input.Context"] = nameof(TraceContext.SituationProfessionnelle),
            ["Input.ContextReferenceId"] = groupBMission.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var trace = await app.WithDbAsync(db => db.Traces.AsNoTracking().SingleAsync(t => t.Title == "Trace au contexte forgé"));
        Assert.Null(trace.ContextReferenceId);
    }
}
