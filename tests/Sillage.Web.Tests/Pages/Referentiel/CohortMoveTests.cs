using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Suivi;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Tests.Pages.Referentiel;

/// <summary>The demo cohort moves to a version 2 of its framework: refused while stale or unconfirmed, then carried
/// whole. One test, because the move changes the fixture's cohort (the refusals of other people are in
/// <see cref="CohortMoveAccessTests"/>).</summary>
public sealed class CohortMoveTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_demo_cohort_moves_to_a_new_version_and_every_record_is_accounted_for()
    {
        var v2 = await CohortMoveData.ImportAsync(app);
        var (before, _) = await CohortMoveData.CountAsync(app, v2.CohortId, v2.FromId);
        Assert.True(before[ElementUse.Assessment] > 0 && before[ElementUse.TraceLink] > 0, "The demo cohort has positionnements and trace links.");
        var assessmentsBefore = await app.WithDbAsync(db => db.Assessments.AsNoTracking().Where(a => a.CohortId == v2.CohortId)
            .Select(a => new { a.Id, a.AssessorId, a.RecordedAt, a.ObservedOn, a.Level, a.CorrectsId }).ToListAsync());
        var removedId = await app.WithDbAsync(db => db.FrameworkElements.Where(e => e.FrameworkId == v2.FromId && e.Code == v2.Removed).Select(e => e.Id).SingleAsync());
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var url = $"/promotions/{v2.CohortId}/referentiel?version={v2.ToId}";

        // The screen proposes the same code for the renamed element and none close enough is forced for the removed one.
        var screen = await referent.GetPageAsync(url);
        var removedSelect = $"Map[{removedId}]";
        Assert.NotNull(screen.Find($"select[name='{removedSelect}']"));
        var choices = new Dictionary<string, string?> { [removedSelect] = "" };

        // Stale: a positionnement arrives after the screen was computed.
        await app.WithDbAsync(async db =>
        {
            var first = await db.Assessments.AsNoTracking().FirstAsync(a => a.CohortId == v2.CohortId);
            db.Assessments.Add(new Assessment
            {
                LearnerId = first.LearnerId, CohortId = v2.CohortId, ElementId = first.ElementId, AssessorId = first.AssessorId, AssessorRole = first.AssessorRole,
                Level = first.Level, Context = AssessmentContext.Other, ObservedOn = first.ObservedOn, RecordedAt = first.RecordedAt.AddMinutes(1),
            });
            await db.SaveChangesAsync();
        });
        var stale = await referent.SubmitAndFollowAsync(screen, "#move-form", new(choices) { ["Confirm"] = "true" });
        Assert.Contains(stale.Errors(), e => e.StartsWith("Cet écran n'est plus à jour", StringComparison.Ordinal));
        Assert.Equal(v2.FromId, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == v2.CohortId).Select(c => c.FrameworkId).SingleAsync()));
        // The refused screen kept the choice made.
        Assert.Equal("", stale.Find($"select[name='{removedSelect}'] option[selected]")?.GetAttribute("value") ?? "");
        (before, _) = await CohortMoveData.CountAsync(app, v2.CohortId, v2.FromId);
        var assessmentCount = assessmentsBefore.Count + 1;
        var onRemoved = await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.CohortId == v2.CohortId && a.ElementId == removedId));

        // Without the confirmation, nothing changes and the screen says how many positionnements would stay behind.
        screen = await referent.GetPageAsync(url);
        var unconfirmed = await referent.SubmitAndFollowAsync(screen, "#move-form", choices);
        Assert.Contains(unconfirmed.Errors(), e => e.StartsWith($"{onRemoved} positionnement(s)", StringComparison.Ordinal) && e.Contains("Rien n'a été modifié", StringComparison.Ordinal));
        Assert.Equal(before, (await CohortMoveData.CountAsync(app, v2.CohortId, v2.FromId)).On);
        Assert.Equal(v2.FromId, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == v2.CohortId).Select(c => c.FrameworkId).SingleAsync()));

        // Confirmed: carried in one go.
        screen = await referent.GetPageAsync(url);
        var done = await referent.SubmitAndFollowAsync(screen, "#move-form", new(choices) { ["Confirm"] = "true" });
        Assert.Contains("Promotion passée à la version 2027", done.Text, StringComparison.Ordinal);
        Assert.Equal(v2.ToId, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == v2.CohortId).Select(c => c.FrameworkId).SingleAsync()));

        var (carried, left) = await CohortMoveData.CountAsync(app, v2.CohortId, v2.ToId);
        foreach (var use in Enum.GetValues<ElementUse>())
        {
            Assert.True(before[use] == carried[use] + left[use], $"{use}: {before[use]} before, {carried[use]} carried, {left[use]} left on 2020");
        }

        Assert.Equal(onRemoved, left[ElementUse.Assessment]);
        Assert.True(carried[ElementUse.Assessment] > 0 && carried[ElementUse.TraceLink] > 0);
        // Positionnements kept their history: no new event, the same assessor, dates and corrections.
        var assessmentsAfter = await app.WithDbAsync(db => db.Assessments.AsNoTracking().Where(a => a.CohortId == v2.CohortId)
            .Select(a => new { a.Id, a.AssessorId, a.RecordedAt, a.ObservedOn, a.Level, a.CorrectsId }).ToListAsync());
        Assert.Equal(assessmentCount, assessmentsAfter.Count);
        Assert.Subset(assessmentsAfter.ToHashSet(), assessmentsBefore.ToHashSet());
        // The renamed element's records moved to the new element of the same code.
        var renamedIds = await app.WithDbAsync(db => db.FrameworkElements.Where(e => e.Code == v2.Renamed && (e.FrameworkId == v2.FromId || e.FrameworkId == v2.ToId))
            .ToDictionaryAsync(e => e.FrameworkId, e => e.Id));
        Assert.False(await app.WithDbAsync(db => db.Assessments.AnyAsync(a => a.CohortId == v2.CohortId && a.ElementId == renamedIds[v2.FromId])));

        // The report lists what stayed on 2020, and the move is in the audit log.
        Assert.Contains(done.FindAll("section[aria-labelledby=left] td"), td => td.TextContent.Contains(v2.Removed, StringComparison.Ordinal));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "framework.cohort-moved" && e.SubjectId == v2.CohortId)));

        // The old screen, sent again, is refused: the cohort is no longer on 2020.
        var again = await referent.SubmitAndFollowAsync(screen, "#move-form", new(choices) { ["Confirm"] = "true" });
        Assert.Contains(again.Errors(), e => e.StartsWith("Cet écran n'est plus à jour", StringComparison.Ordinal));
        Assert.Equal(v2.ToId, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == v2.CohortId).Select(c => c.FrameworkId).SingleAsync()));
    }
}
