using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>Scheduling, rescheduling and cancelling CCF sittings; attendance and accommodations; who may not.</summary>
public sealed class CcfSittingPageTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_referent_schedules_an_E1A_sitting_with_a_teacher_and_a_professional_and_the_overview_shows_it()
    {
        var cohort = await CcfTestData.CohortAsync(app);
        var client = await app.SignInAsync(Accounts.Coordinator);
        var page = await client.GetPageAsync($"/certification/ccf/passages/planifier?cohorte={cohort}&situation=E1-A");
        Assert.Equal("40", page.Find("#Input_DurationMinutes")!.GetAttribute("value"));
        var (teacher, professional) = (await CcfTestData.UserAsync(app, $"prof.gestion@{DemoSeeder.Domain}"), await CcfTestData.UserAsync(app, Accounts.Tutor));
        var first = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(5));

        var detail = await client.SubmitAndFollowAsync(page, "#sitting-form", new()
        {
            ["Input.StartsAt"] = "2026-12-03T14:00", ["Input.Room"] = "Salle A1", ["Input.TeacherIds"] = teacher.ToString(),
            ["Input.ProfessionalId"] = professional.ToString(), ["Input.LearnerIds"] = first.ToString(),
        });
        Assert.True(detail.Status == HttpStatusCode.OK && detail.Text.Contains("Passage E1-A planifié avec 1 candidat(s).", StringComparison.Ordinal), string.Join(" | ", detail.Errors()));

        var sitting = await app.WithDbAsync(db => db.CcfSittings.AsNoTracking().Include(s => s.Evaluators).Include(s => s.Candidates)
            .SingleAsync(s => s.Room == "Salle A1"));
        Assert.Equal(new DateTime(2026, 12, 3, 13, 0, 0), sitting.StartsAt); // 14:00 in Paris is 13:00 UTC in winter.
        Assert.Equal(40, sitting.DurationMinutes);
        Assert.Equal([(teacher, CcfEvaluatorRole.Teacher), (professional, CcfEvaluatorRole.Professional)],
            sitting.Evaluators.OrderBy(e => e.Role).Select(e => (e.PersonId, e.Role)));
        Assert.Equal([first], sitting.Candidates.Select(c => c.LearnerId));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ccf.sitting-scheduled" && a.SubjectId == sitting.Id)));

        var overview = await client.GetPageAsync($"/certification/ccf?cohorte={cohort}");
        Assert.Contains(overview.FindAll("[data-situation='E1-A'] tr.sitting"), r => r.TextContent.Contains("Salle A1", StringComparison.Ordinal));
        Assert.Contains("Forme ponctuelle : non trouvée", overview.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_schedules_get_French_messages_and_save_nothing()
    {
        var cohort = await CcfTestData.CohortAsync(app);
        var client = await app.SignInAsync(Accounts.Coordinator);
        var page = await client.GetPageAsync($"/certification/ccf/passages/planifier?cohorte={cohort}&situation=E1-A");
        var before = await app.WithDbAsync(db => db.CcfSittings.CountAsync());

        var answer = await (await client.SubmitAsync(page, "#sitting-form", new() { ["Input.StartsAt"] = "2026-11-01T09:00", ["Input.Room"] = "", ["Input.DurationMinutes"] = "900" })).ToPageAsync();
        var errors = answer.Errors();
        Assert.Contains("La date de passage est déjà passée : choisissez une date à venir.", errors);
        Assert.Contains("La durée doit être comprise entre 1 et 600 minutes.", errors);
        Assert.Contains("Indiquez la salle, ou choisissez « à distance ».", errors);
        Assert.Contains("Il faut au moins un évaluateur enseignant de la spécialité.", errors);
        Assert.Contains("Choisissez au moins une personne candidate que l'équipe juge prête.", errors);

        // A person picked outside the lists (a learner as evaluator) is refused too.
        var learner = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(7));
        answer = await (await client.SubmitAsync(page, "#sitting-form", new() { ["Input.Room"] = "B1", ["Input.TeacherIds"] = learner.ToString(), ["Input.LearnerIds"] = learner.ToString() })).ToPageAsync();
        Assert.Contains("Choisissez les évaluateurs dans les listes proposées.", answer.Errors());
        Assert.Equal(before, await app.WithDbAsync(db => db.CcfSittings.CountAsync()));
    }

    [Fact]
    public async Task A_learner_convened_to_a_pending_sitting_of_the_situation_cannot_be_convened_again_until_postponed()
    {
        var cohort = await CcfTestData.CohortAsync(app);
        var demo = await CcfTestData.DemoSittingAsync(app, "E1-A");
        var learner = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(1));
        var teacher = await CcfTestData.UserAsync(app, Accounts.Teacher);
        var client = await app.SignInAsync(Accounts.Coordinator);
        var page = await client.GetPageAsync($"/certification/ccf/passages/planifier?cohorte={cohort}&situation=E1-A");
        var values = new Dictionary<string, string?> { ["Input.StartsAt"] = "2026-12-17T10:00", ["Input.Room"] = "Salle R2", ["Input.TeacherIds"] = teacher.ToString(), ["Input.LearnerIds"] = learner.ToString() };
        var refused = await (await client.SubmitAsync(page, "#sitting-form", values)).ToPageAsync();
        Assert.Contains(refused.Errors(), e => e.Contains("est déjà convoqué(e) à un autre passage de la situation E1-A", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.CcfSittings.AnyAsync(s => s.Room == "Salle R2")));

        // Marked postponed on the demo sitting, they may be convened to a later one.
        var detail = await client.GetPageAsync($"/certification/ccf/passages/{demo}");
        var candidate = await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.SittingId == demo && c.LearnerId == learner).Select(c => c.Id).SingleAsync());
        detail.FindAll("form.attendance-form").Single(f => f.QuerySelector($"input[value='{candidate}']") is not null).Id = "attendance";
        await client.SubmitAndFollowAsync(detail, "#attendance", new() { ["attendance"] = nameof(CcfAttendance.Postponed) });
        Assert.Equal(CcfAttendance.Postponed, await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.Id == candidate).Select(c => c.Attendance).SingleAsync()));
        var accepted = await client.SubmitAndFollowAsync(page, "#sitting-form", values);
        Assert.True(accepted.Text.Contains("planifié avec 1 candidat(s)", StringComparison.Ordinal), string.Join(" | ", accepted.Errors()));
    }

    [Fact]
    public async Task A_stale_reschedule_is_refused_and_changes_nothing()
    {
        var sitting = await CcfTestData.AddSittingAsync(app, "E1", "E1-A", new DateTime(2026, 12, 10, 8, 0, 0), 40, DemoSeeder.LearnerEmail(8));
        var first = await app.SignInAsync(Accounts.Coordinator);
        var second = await app.SignInAsync(Accounts.Coordinator);
        var pageOne = await first.GetPageAsync($"/certification/ccf/passages/{sitting.Id}/modifier");
        var pageTwo = await second.GetPageAsync($"/certification/ccf/passages/{sitting.Id}/modifier");

        var saved = await first.SubmitAndFollowAsync(pageOne, "#sitting-form", new() { ["Input.Room"] = "Salle du premier" });
        Assert.Contains("Passage modifié.", saved.Text, StringComparison.Ordinal);
        var stale = await (await second.SubmitAsync(pageTwo, "#sitting-form", new() { ["Input.Room"] = "Salle du second", ["Input.StartsAt"] = "2026-12-11T10:00" })).ToPageAsync();
        Assert.Contains(stale.Errors(), e => e.StartsWith("Ce passage a été modifié par quelqu'un d'autre", StringComparison.Ordinal));
        var now = await app.WithDbAsync(db => db.CcfSittings.AsNoTracking().SingleAsync(s => s.Id == sitting.Id));
        Assert.Equal(("Salle du premier", new DateTime(2026, 12, 10, 8, 0, 0), 2), (now.Room, now.StartsAt, now.Version));
    }

    [Fact]
    public async Task Accommodations_show_the_candidates_end_time_and_bad_values_change_nothing()
    {
        var sitting = await CcfTestData.AddSittingAsync(app, "E1", "E1-A", new DateTime(2026, 12, 14, 8, 0, 0), 40, DemoSeeder.LearnerEmail(9));
        var candidate = sitting.Candidates[0].Id;
        var client = await app.SignInAsync(Accounts.Coordinator);
        var page = await client.GetPageAsync($"/certification/ccf/passages/{sitting.Id}");
        Assert.Contains("09:40", page.Find($"tr[data-candidate='{candidate}'] .ends-at")!.TextContent, StringComparison.Ordinal);

        var refused = await (await client.SubmitAsync(page, "form.accommodation-form", new() { ["extraTimePercent"] = "150", ["accommodation"] = "Lecteur" })).ToPageAsync();
        Assert.Contains("Le temps supplémentaire doit être compris entre 0 et 100 %.", refused.Errors());
        var unchanged = await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.Id == candidate).Select(c => new { c.ExtraTimePercent, c.Accommodation }).SingleAsync());
        Assert.Equal((0, (string?)null), (unchanged.ExtraTimePercent, unchanged.Accommodation));

        // A tiers temps on 40 minutes is 14 more (rounded up): the schedule shows the end at 09:54, school time.
        page = await client.SubmitAndFollowAsync(page, "form.accommodation-form", new() { ["extraTimePercent"] = "33", ["accommodation"] = "Lecteur" });
        Assert.Contains("09:54", page.Find($"tr[data-candidate='{candidate}'] .ends-at")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ccf.accommodation-changed" && a.SubjectId == candidate)));
    }

    [Fact]
    public async Task A_sitting_with_a_signed_grid_cannot_be_cancelled_and_one_without_can()
    {
        var signed = await CcfTestData.AddSittingAsync(app, "E1", "E1-A", new DateTime(2026, 12, 15, 8, 0, 0), 40, DemoSeeder.LearnerEmail(10));
        var teacher = await CcfTestData.UserAsync(app, Accounts.Teacher);
        await app.WithDbAsync(async db =>
        {
            var grid = CcfGrid.Create(signed.Candidates[0].Id, [], teacher, new DateTime(2026, 11, 16));
            grid.Signatures.Add(new CcfGridSignature { GridId = grid.Id, EvaluatorId = teacher, SignedAt = new DateTime(2026, 11, 16) });
            db.CcfGrids.Add(grid);
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync(Accounts.Coordinator);
        var page = await client.GetPageAsync($"/certification/ccf/passages/{signed.Id}");
        Assert.Null(page.Find("#cancel-form"));
        var refused = await (await client.PostAsync($"/certification/ccf/passages/{signed.Id}?handler=Delete", new FormUrlEncodedContent(
            Html.FormFields(page, "form.accommodation-form").Fields.Where(f => f.Key == "__RequestVerificationToken").Append(new("version", "1"))))).ToPageAsync();
        Assert.Contains("Une grille de ce passage est signée : il ne peut plus être annulé.", refused.Errors());
        Assert.True(await app.WithDbAsync(db => db.CcfSittings.AnyAsync(s => s.Id == signed.Id)));

        var free = await CcfTestData.AddSittingAsync(app, "E1", "E1-A", new DateTime(2026, 12, 16, 8, 0, 0), 40, DemoSeeder.LearnerEmail(11));
        page = await client.GetPageAsync($"/certification/ccf/passages/{free.Id}");
        await client.SubmitAndFollowAsync(page, "#cancel-form");
        Assert.False(await app.WithDbAsync(db => db.CcfSittings.AnyAsync(s => s.Id == free.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ccf.sitting-cancelled" && a.SubjectId == free.Id)));
    }

    [Fact]
    public async Task Who_may_not_reach_the_sittings()
    {
        var demo = await CcfTestData.DemoSittingAsync(app, "E1-A");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/certification/ccf/passages/{demo}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/certification/ccf/passages/planifier")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/certification/ccf/passages/{demo}/modifier")).StatusCode);
        var otherCoordinator = await app.SignInAsync(Accounts.Other.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/certification/ccf/passages/{demo}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/certification/ccf/passages/{demo}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/certification/ccf?cohorte={await CcfTestData.CohortAsync(app)}")).StatusCode);
        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/certification/ccf/passages/{demo}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/certification/ccf")).StatusCode);
    }
}
