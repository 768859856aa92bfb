using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Notifications;

/// <summary>The number on the bell of the header: the signed-in person's unread notifications.</summary>
public sealed class NotificationCount(SillageDb db, IHttpContextAccessor http)
{
    public async Task<int> UnreadAsync()
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return 0;
        }

        var id = user.UserId();
        return await db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null);
    }
}
