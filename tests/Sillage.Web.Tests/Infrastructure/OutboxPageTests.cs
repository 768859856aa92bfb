using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>Without SMTP the outbox page is how links reach people: it shows a waiting message's link, and no other.</summary>
public sealed class OutboxPageTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Without_smtp_the_outbox_shows_the_link_of_a_waiting_email_only()
    {
        var anonymous = app.Anonymous();
        var form = await anonymous.GetPageAsync("/mot-de-passe-oublie");
        await anonymous.SubmitAsync(form, "main form", new() { ["Email"] = Accounts.OtherLearner });
        var admin = await app.SignInAsync(Accounts.Admin);
        var url = $"/admin/boite-envoi?a={Uri.EscapeDataString(Accounts.OtherLearner)}";

        var waiting = await admin.GetPageAsync(url);
        Assert.Contains("/invitation?u=", waiting.Text, StringComparison.Ordinal);

        // Delivered by hand, or by another instance: the link is no longer shown.
        await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == Accounts.OtherLearner).ExecuteUpdateAsync(s => s.SetProperty(e => e.SentAt, DateTime.UtcNow)));
        var delivered = await admin.GetPageAsync(url);
        Assert.DoesNotContain("/invitation?u=", delivered.Text, StringComparison.Ordinal);
        Assert.Contains("lien retiré après envoi", delivered.Text, StringComparison.Ordinal);
    }
}
