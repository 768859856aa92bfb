using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>Links that open an account without a password are kept in the outbox only until they are delivered.</summary>
public sealed partial class OutboxSecretTests : IDisposable
{
    private readonly FakeSmtpServer _smtp = new();
    private readonly SmtpApp _app;

    public OutboxSecretTests() => _app = new SmtpApp(_smtp.Port);

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    [GeneratedRegex(@"https?://\S+[?&]t=[^\s&]+")]
    private static partial Regex ResetLink();

    private static async Task AskForResetAsync(HttpClient client, string email)
    {
        var form = await client.GetPageAsync("/mot-de-passe-oublie");
        Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(form, "main form", new() { ["Email"] = email })).StatusCode);
    }

    /// <summary>The e-mail once the fake server received it, and the dispatcher had time to finish with it.</summary>
    private async Task<OutboxEmail> DispatchedAsync(string to, string link)
    {
        for (var i = 0; i < 300 && _smtp.Messages.IsEmpty; i++)
        {
            // The dispatcher ticks on the app's (pinned) clock.
            _app.Clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(100);
        }

        Assert.False(_smtp.Messages.IsEmpty, "The e-mail was not sent.");
        OutboxEmail email;
        var waited = 0;
        do
        {
            await Task.Delay(100);
            email = await _app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == to));
        }
        while (email.Body.Contains(link, StringComparison.Ordinal) && ++waited < 50);

        return email;
    }

    [Fact]
    public async Task Once_sent_a_reset_email_keeps_no_link_and_the_outbox_page_shows_none()
    {
        await AskForResetAsync(_app.Anonymous(), Accounts.Learner);
        var queued = await _app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == Accounts.Learner));
        var link = ResetLink().Match(queued.Body).Value;
        Assert.NotEmpty(link);

        var sent = await DispatchedAsync(Accounts.Learner, link);

        Assert.Null(sent.Error);
        var delivered = Assert.Single(_smtp.Messages);
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.ASCII.GetBytes(delivered)));
        Assert.Contains(link, message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(link, sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("t=", sent.Body, StringComparison.Ordinal);
        Assert.Contains("lien retiré après envoi", sent.Body, StringComparison.Ordinal);
        Assert.Contains("Choisissez un nouveau mot de passe", sent.Body, StringComparison.Ordinal);

        var outbox = await (await _app.SignInAsync(Accounts.Admin)).GetPageAsync("/admin/boite-envoi");
        Assert.DoesNotContain("t=", outbox.Find("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("lien retiré après envoi", outbox.Text, StringComparison.Ordinal);
    }

    private sealed class SmtpApp(int port) : SillageApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:UseStartTls", "false");
        }
    }
}
