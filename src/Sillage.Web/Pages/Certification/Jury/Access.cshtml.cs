using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification.Jury;

/// <summary>
/// Where a jury link leads (see <see cref="LinkAccessModel{TLink}"/>): whose access it is, for which exam session and
/// until when. The session it starts is limited to the jury pages of that exam session; a link whose holder was taken
/// off the session is refused as revoked.
/// </summary>
[AllowAnonymous]
public sealed class AccessModel(SillageDb db, AuditLog audit, TimeProvider clock) : LinkAccessModel<JuryLink>(db, audit, clock)
{
    public ExamSession? Session { get; private set; }

    protected override LinkSessions.Space Space => JuryLinkAuthentication.Space;

    protected override string HomePage => "/Certification/Jury/Index";

    protected override (string Action, string? Details) Used => ("jury.link-used", Session!.Title);

    protected override async Task<LinkSessions.AccessState?> LeadsToAsync(JuryLink link)
    {
        Session = await Db.ExamSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == link.SessionId);
        return Session is null ? LinkSessions.AccessState.Unknown
            : !await Db.ExamJurors.AnyAsync(j => j.SessionId == link.SessionId && j.PersonId == link.JurorId) ? LinkSessions.AccessState.Revoked
            : null;
    }
}
