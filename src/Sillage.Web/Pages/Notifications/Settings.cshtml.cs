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

/// <summary>Which notifications also come by e-mail (in-app ones always appear).</summary>
[DirectionMayPost]
[Authorize]
public sealed class SettingsModel(SillageDb db, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty] public bool EmailOnFeedback { get; set; }
    [BindProperty] public bool EmailOnFeedbackRequest { get; set; }
    [BindProperty] public bool EmailOnReply { get; set; }

    public async Task OnGetAsync()
    {
        var me = User.UserId();
        var settings = await db.NotificationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == me) ?? new NotificationSettings();
        EmailOnFeedback = settings.EmailOnFeedback;
        EmailOnFeedbackRequest = settings.EmailOnFeedbackRequest;
        EmailOnReply = settings.EmailOnReply;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var me = User.UserId();
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == me);
        if (settings is null)
        {
            settings = new NotificationSettings { UserId = me };
            db.NotificationSettings.Add(settings);
        }

        settings.EmailOnFeedback = EmailOnFeedback;
        settings.EmailOnFeedbackRequest = EmailOnFeedbackRequest;
        settings.EmailOnReply = EmailOnReply;
        await db.SaveChangesAsync();
        TempData["Message"] = l["Préférences enregistrées."].Value;
        return RedirectToPage();
    }
}
