using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Tests.Pages.Admin;

public sealed class AuditAndRegisterTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_register_is_public_and_lists_the_retention_periods()
    {
        var page = await app.Anonymous().GetPageAsync("/donnees-personnelles");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Dossier numérique de l'apprenant", page.Text, StringComparison.Ordinal);
        Assert.Contains("Durée de conservation", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Find("a[href*='/admin/registre/']"));
    }

    [Fact]
    public async Task An_administrator_changes_a_retention_period_with_validation()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        var id = await app.WithDbAsync(db => db.ProcessingActivities.Where(a => a.Code == "courriels").Select(a => a.Id).SingleAsync());
        var form = await admin.GetPageAsync($"/admin/registre/{id}");
        var refused = await admin.SubmitAndFollowAsync(form, "main form", new() { ["Input.RetentionMonths"] = "0", ["Input.Purpose"] = "" });
        Assert.Contains(refused.Errors(), e => e.Contains("de 1 à 600 mois", StringComparison.Ordinal));
        Assert.Contains(refused.Errors(), e => e.Contains("obligatoire", StringComparison.Ordinal));
        Assert.Equal(3, await app.WithDbAsync(db => db.ProcessingActivities.Where(a => a.Id == id).Select(a => a.RetentionMonths).SingleAsync()));

        await admin.SubmitAndFollowAsync(form, "main form", new() { ["Input.RetentionMonths"] = "6" });
        Assert.Equal(6, await app.WithDbAsync(db => db.ProcessingActivities.Where(a => a.Id == id).Select(a => a.RetentionMonths).SingleAsync()));
    }

    [Fact]
    public async Task A_teacher_viewing_a_learner_dashboard_is_in_the_audit_log_searchable_by_name()
    {
        var learnerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.OtherLearner).Select(u => u.Id).SingleAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        await teacher.GetAsync($"/suivi/apprenants/{learnerId}");
        await app.ReadAuditWrittenAsync();
        var admin = await app.SignInAsync(Accounts.Admin);
        var page = await admin.GetPageAsync("/admin/journal?personne=Lef%C3%A8vre&action=suivi.dashboard-viewed");
        var row = page.FindAll("tbody tr").First();
        Assert.Contains("Thomas Bernard", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hugo Lefèvre", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/admin/journal")).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_shows_action_labels_in_the_users_language()
    {
        var learnerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.OtherLearner).Select(u => u.Id).SingleAsync());
        var admin = await app.SignInAsync(Accounts.Admin);
        await admin.GetAsync($"/personnes/{learnerId}");
        await app.ReadAuditWrittenAsync();
        var page = await admin.GetPageAsync("/admin/journal?action=person.viewed");
        Assert.Contains(page.FindAll("#action option"), o => o.GetAttribute("value") == "person.viewed" && o.TextContent == "Fiche consultée");
        Assert.DoesNotContain(page.FindAll("#action option"), o => o.TextContent.Contains('.', StringComparison.Ordinal));
        Assert.All(page.FindAll("tbody tr"), row => Assert.Equal("Fiche consultée", row.Children[2].TextContent.Trim()));

        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var english = await admin.GetPageAsync("/admin/journal?action=person.viewed");
        Assert.Contains(english.FindAll("#action option"), o => o.GetAttribute("value") == "person.viewed" && o.TextContent == "Profile viewed");
    }

    [Fact]
    public async Task A_created_account_is_logged_with_its_role_label()
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        var form = await admin.GetPageAsync("/personnes/nouveau");
        await admin.SubmitAsync(form, "main form", new()
        {
            ["Input.FirstName"] = "Journal", ["Input.LastName"] = "Audit", ["Input.Email"] = "journal.audit@example.org",
            ["Input.Role"] = "Teacher", ["Input.SendInvitation"] = "false",
        });
        var page = await admin.GetPageAsync("/admin/journal?personne=journal.audit&action=person.created");
        var row = Assert.Single(page.FindAll("tbody tr"));
        Assert.Equal("rôle Enseignant", row.Children[4].TextContent.Trim());
    }
}
