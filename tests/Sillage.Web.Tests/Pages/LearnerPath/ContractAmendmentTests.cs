using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.LearnerPath;

/// <summary>A recorded apprenticeship contract changes by amendment, with its reason in its history, and the
/// calendar of its rhythm shows every week (issue #20 item 2). The demo apprentice apprenant12's contract: from
/// Monday 7 September 2026, two weeks in the company then one at school.</summary>
public sealed class ContractAmendmentTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Apprentice = DemoSeeder.LearnerEmail(11);

    private Task<PfmpPeriod> ContractAsync() => app.WithDbAsync(db => db.PfmpPeriods.AsNoTracking().Include(p => p.Convention).ThenInclude(c => c.Events)
        .SingleAsync(p => p.Kind == PfmpKind.Apprenticeship && db.Users.Any(u => u.Id == p.LearnerId && u.Email == Apprentice)));

    [Fact]
    public async Task The_referent_amends_a_recorded_contract_only_with_a_reason_kept_in_its_history()
    {
        var contract = await ContractAsync();
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var detail = await referent.GetPageAsync($"/pfmp/periodes/{contract.Id}");
        Assert.NotNull(detail.Find($"a[href='/pfmp/periodes/{contract.Id}/modifier']"));

        var form = await referent.GetPageAsync($"/pfmp/periodes/{contract.Id}/modifier");
        Assert.NotNull(form.Find("#AmendmentReason"));
        var refused = await (await referent.SubmitAsync(form, "main form", new() { ["Input.SchoolWeeks"] = "2", ["AmendmentReason"] = " " })).ToPageAsync();
        Assert.Contains("Indiquez le motif de la modification du contrat (avenant, rupture anticipée…), en 500 caractères au plus.", refused.Errors());
        var unchanged = await ContractAsync();
        Assert.Equal(1, unchanged.AlternationSchoolWeeks);
        Assert.Equal(contract.Convention.Events.Count, unchanged.Convention.Events.Count);

        var saved = await referent.SubmitAsync(form, "main form", new() { ["Input.SchoolWeeks"] = "2", ["AmendmentReason"] = "Avenant : deux semaines au centre de formation" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var amended = await ContractAsync();
        Assert.Equal(2, amended.AlternationSchoolWeeks);
        Assert.Equal(ConventionStatus.SignedOutsidePlatform, amended.Convention.Status);
        var evt = amended.Convention.Events.OrderBy(e => e.Sequence).Last();
        Assert.Equal((ConventionEventKind.Amended, "Avenant : deux semaines au centre de formation"), (evt.Kind, evt.Comment));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "pfmp.contract-amended" && a.SubjectId == contract.Id)));

        // A stale form (the version it was opened on) is refused: the second change is not applied over the first.
        var stale = await (await referent.SubmitAsync(form, "main form", new() { ["Input.CompanyWeeks"] = "4", ["AmendmentReason"] = "Autre avenant" })).ToPageAsync();
        Assert.Contains(stale.Errors(), e => e.StartsWith("Cette période a été modifiée par quelqu'un d'autre", StringComparison.Ordinal));
        Assert.Equal(2, (await ContractAsync()).AlternationCompanyWeeks);
    }

    [Fact]
    public async Task The_calendar_of_the_rhythm_shows_company_and_school_weeks_to_the_apprentice_and_the_team()
    {
        var contract = await ContractAsync();
        var apprentice = await app.SignInAsync(Apprentice);
        var mine = await apprentice.GetPageAsync("/pfmp/mes-periodes");
        var weeks = mine.FindAll($"#rhythm-{contract.Id} .rhythm-week").Select(w => w.TextContent).ToList();

        // 7 September: company, 14: company, 21: school, 28: company…
        Assert.StartsWith("lun. 7 : entreprise", weeks[0], StringComparison.Ordinal);
        Assert.StartsWith("lun. 14 : entreprise", weeks[1], StringComparison.Ordinal);
        Assert.StartsWith("lun. 21 : centre de formation", weeks[2], StringComparison.Ordinal);
        Assert.Equal((contract.End.DayNumber - contract.Start.DayNumber) / 7 + 1, weeks.Count);

        var referent = await app.SignInAsync(Accounts.Coordinator);
        var detail = await referent.GetPageAsync($"/pfmp/periodes/{contract.Id}");
        Assert.NotNull(detail.Find($"#rhythm-{contract.Id}"));
        // A PFMP placement has no such calendar.
        var placement = await app.WithDbAsync(db => db.PfmpPeriods.Where(p => p.Kind == PfmpKind.Placement).OrderBy(p => p.Start).Select(p => p.Id).FirstAsync());
        Assert.Null((await referent.GetPageAsync($"/pfmp/periodes/{placement}")).Find($"#rhythm-{placement}"));
    }
}
