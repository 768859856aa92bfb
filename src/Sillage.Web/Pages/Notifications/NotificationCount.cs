using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Notifications;

/// <summary>The number on the bell of the header: the signed-in person's unread notifications.</summary>
public sealed class NotificationCount(SillageDb db, IHttpContextAccessor http)
{
    /// <summary>Every signed-in page runs it: compiled once, so that EF does not rebuild and look up the query's
    /// expression on each request (a fixed-shape query; the count is read fresh every time, never cached).</summary>
    private static readonly Func<SillageDb, Guid, Task<int>> Unread =
        EF.CompileAsyncQuery((SillageDb db, Guid id) => db.Notifications.Count(n => n.UserId == id && n.ReadAt == null));

    public async Task<int> UnreadAsync()
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return 0;
        }

        return await Unread(db, user.UserId());
    }
}
