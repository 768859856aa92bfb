using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Notifications;

/// <summary>The signed-in person's notifications, newest first; opening one marks it read.</summary>
[DirectionMayPost]
[Authorize]
public sealed class IndexModel(SillageDb db, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = User.UserId();
        Items = await db.Notifications.AsNoTracking().Where(n => n.UserId == me).OrderByDescending(n => n.CreatedAt).Take(Shown).ToListAsync();
    }

    /// <summary>Marks the notification read and goes to its page (only paths of this app).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id)
    {
        var me = User.UserId();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == me);
        if (notification is null)
        {
            return NotFound();
        }

        notification.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return Url.IsLocalUrl(notification.Url) ? LocalRedirect(notification.Url) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var me = User.UserId();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.UserId == me && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now));
        TempData["Message"] = l["Toutes les notifications sont marquées comme lues."].Value;
        return RedirectToPage();
    }
}
