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

    [Fact]
    public async Task A_message_being_retried_and_one_given_up_show_their_attempts_and_the_servers_last_error()
    {
        await app.WithDbAsync(async db =>
        {
            db.OutboxEmails.Add(new Sillage.Web.Data.OutboxEmail
            {
                To = "retry@outbox.example", Subject = "Relance", Body = "Corps", CreatedAt = DateTime.UtcNow.AddMinutes(-5),
                Attempts = 2, NextAttemptAt = DateTime.UtcNow.AddMinutes(4), LastError = "451 4.7.1 Greylisted, try again later",
            });
            db.OutboxEmails.Add(new Sillage.Web.Data.OutboxEmail
            {
                To = "gone@outbox.example", Subject = "Perdu", Body = "Corps", CreatedAt = DateTime.UtcNow.AddHours(-3),
                Attempts = 6, Error = "550 5.1.1 Mailbox unavailable",
            });
            return await db.SaveChangesAsync();
        });
        var admin = await app.SignInAsync(Accounts.Admin);

        var retried = await admin.GetPageAsync("/admin/boite-envoi?a=retry%40outbox.example");
        Assert.Contains("nouvel essai prévu", retried.Text, StringComparison.Ordinal);
        Assert.Contains("2 essai(s) refusé(s) ; prochain essai vers", retried.Find(".delivery")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("451 4.7.1 Greylisted", retried.Find(".delivery")!.TextContent, StringComparison.Ordinal);

        var gone = await admin.GetPageAsync("/admin/boite-envoi?a=gone%40outbox.example");
        Assert.Contains("échec", gone.Text, StringComparison.Ordinal);
        Assert.Contains("Abandonné après 6 essai(s). Dernière erreur du serveur SMTP : 550 5.1.1 Mailbox unavailable", gone.Find(".delivery")!.TextContent, StringComparison.Ordinal);
    }
}
