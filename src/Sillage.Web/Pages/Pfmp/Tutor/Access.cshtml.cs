using Microsoft.AspNetCore.Authorization;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>Where a tutor's link leads (see <see cref="LinkAccessModel{TLink}"/>): whose space it opens and until when;
/// the session it starts is limited to the tutor space.</summary>
[AllowAnonymous]
public sealed class AccessModel(SillageDb db, AuditLog audit, TimeProvider clock) : LinkAccessModel<TutorLink>(db, audit, clock)
{
    protected override LinkSessions.Space Space => TutorLinkAuthentication.Space;

    protected override string HomePage => "/Pfmp/Tutor/Index";

    protected override (string Action, string? Details) Used => ("pfmp.tutor-link-used", null);
}
