using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>Tells people what happened on traces: an in-app notification always, an e-mail through the outbox
/// when their settings allow it. Added to the caller's unit of work (saved with the change).</summary>
public sealed class PortfolioNotifier(SillageDb db, EmailOutbox outbox, TimeProvider clock, PublicAddress address)
{
    /// <param name="text">Stored as a <see cref="Message"/>: each recipient reads it in their language.</param>
    public async Task NotifyAsync(IEnumerable<Guid> recipients, NotificationKind kind, Message text, string url, Guid? traceId)
    {
        var ids = recipients.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId);
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.DeactivatedAt == null)
            .Select(u => new { u.Id, u.Email }).ToListAsync();
        var absolute = address.Path(url);
        foreach (var person in people)
        {
            db.Notifications.Add(new Notification { UserId = person.Id, Kind = kind, Text = StoredMessage.Write(text, Notification.TextMaxLength), Url = url, TraceId = traceId, CreatedAt = now });
            var wants = settings.TryGetValue(person.Id, out var s) ? s.Wants(kind) : new NotificationSettings().Wants(kind);
            if (wants && !string.IsNullOrEmpty(person.Email))
            {
                outbox.Enqueue(person.Email, new Message("Sillage — {0}", text),
                    new Message("Bonjour,\n\n{0}\n\nPour le lire : {1}\n\nVous recevez ce message parce que vos préférences de notification le demandent ; vous pouvez les changer sur la page « Notifications » de Sillage.", text, absolute));
            }
        }
    }
}
