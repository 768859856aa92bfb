using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Email;

namespace Sillage.Web.Tests.Infrastructure.Cluster;

/// <summary>The outbox is sent, then marked sent: a refused message is not marked, is retried after its backoff, keeps
/// one Message-Id on every attempt, and is given up after the configured attempts.</summary>
public sealed class ClusterOutboxTests : IDisposable
{
    private const string Link = "https://localhost/invitation?u=1&t=SECRET42";
    private readonly FakeSmtpServer _smtp = new();
    private readonly SmtpApp _app;

    public ClusterOutboxTests() => _app = new SmtpApp(_smtp.Port);

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    private async Task<Guid> QueueAsync() => await _app.WithDbAsync(async db =>
    {
        var email = new OutboxEmail { To = "tuteur@example.org", Subject = "Invitation", Body = $"Bonjour,\n{Link}", CreatedAt = _app.Clock.GetUtcNow().UtcDateTime };
        db.OutboxEmails.Add(email);
        await db.SaveChangesAsync();
        return email.Id;
    });

    private Task<OutboxEmail> EmailAsync(Guid id) => _app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id));

    /// <summary>Ticks the dispatcher (on the app's pinned clock) until the message is in the state wanted.</summary>
    private async Task<OutboxEmail> TickUntilAsync(Guid id, Func<OutboxEmail, bool> state, TimeSpan step)
    {
        for (var i = 0; i < 100; i++)
        {
            _app.Clock.Advance(step);
            await Task.Delay(100);
            var email = await EmailAsync(id);
            if (state(email))
            {
                return email;
            }
        }

        throw new Xunit.Sdk.XunitException("The dispatcher never got the e-mail there.");
    }

    [Fact]
    public async Task A_refused_email_is_not_marked_sent_and_is_retried_after_its_backoff_with_a_stable_message_id()
    {
        _smtp.Refuse = true;
        var id = await QueueAsync();

        var refused = await TickUntilAsync(id, e => e.Attempts == 1, TimeSpan.FromSeconds(10));
        Assert.Null(refused.SentAt);
        Assert.Null(refused.Error);
        Assert.Contains("try again later", refused.LastError, StringComparison.Ordinal);
        Assert.NotNull(refused.NextAttemptAt);
        Assert.Null(refused.ClaimToken);
        Assert.Contains(Link, refused.Body, StringComparison.Ordinal);

        // Accepted again, but the message waits for its backoff (60 s after the failure).
        _smtp.Refuse = false;
        _app.Clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(500);
        Assert.Null((await EmailAsync(id)).SentAt);
        Assert.True(_smtp.Messages.IsEmpty);

        var sent = await TickUntilAsync(id, e => e.SentAt is not null, TimeSpan.FromSeconds(30));
        Assert.True(sent.SentAt >= refused.NextAttemptAt);
        Assert.DoesNotContain(Link, sent.Body, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.ASCII.GetBytes(Assert.Single(_smtp.Messages))));
        Assert.Equal($"<{id:N}@sillage>", "<" + message.MessageId + ">");
        Assert.Equal(sent.MessageId, "<" + message.MessageId + ">");
    }

    [Fact]
    public async Task An_email_refused_every_time_is_given_up_after_the_configured_attempts_without_its_links()
    {
        _smtp.Refuse = true;
        var id = await QueueAsync();

        var givenUp = await TickUntilAsync(id, e => e.Error is not null, TimeSpan.FromSeconds(30));

        Assert.Equal(3, givenUp.Attempts);
        Assert.Null(givenUp.SentAt);
        Assert.Null(givenUp.NextAttemptAt);
        Assert.DoesNotContain(Link, givenUp.Body, StringComparison.Ordinal);
        Assert.Contains(OutboxSecrets.Removed, givenUp.Body, StringComparison.Ordinal);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(300);
        Assert.Equal(3, (await EmailAsync(id)).Attempts);
    }

    private sealed class SmtpApp(int port) : SillageApp
    {
        protected override bool Demo => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:UseStartTls", "false");
            builder.UseSetting("Smtp:MaxAttempts", "3");
            builder.UseSetting("Smtp:RetryAfterSeconds", "60");
        }
    }
}
