using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Pages.Privacy;

namespace Sillage.Web.Pages.Admin;

/// <summary>The e-mails the platform wrote, newest first: the way to read invitation links when no SMTP
/// server is configured (the offline demo). Links that open an account or a space without a password are shown only
/// while they can still be needed: in a message waiting for delivery when no SMTP server is configured (see
/// <see cref="OutboxSecrets"/>).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class OutboxModel(SillageDb db, IOptions<SmtpOptions> smtp, IOptions<RetentionOptions> retention) : PageModel
{
    public bool SmtpConfigured => smtp.Value.IsConfigured;

    /// <summary>Days a waiting message keeps its links (the retention run removes them after).</summary>
    public int LinkDays => retention.Value.OutboxLinkDays;

    /// <summary>The body as shown: with its secret links, only when the administrator is the delivery channel.</summary>
    public string Body(OutboxEmail email) =>
        !SmtpConfigured && email.SentAt is null && email.Error is null ? email.Body : OutboxSecrets.Redact(email.Body);
    public IReadOnlyList<OutboxEmail> Emails { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "a")]
    public string? To { get; set; }

    public async Task OnGetAsync()
    {
        var emails = db.OutboxEmails.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(To))
        {
            emails = emails.Where(e => e.To.Contains(To.Trim().ToLower()));
        }

        Emails = await emails.OrderByDescending(e => e.CreatedAt).Take(100).ToListAsync();
    }
}
