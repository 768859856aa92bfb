using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The learner shares a selection of traces by a read-only link that expires and can be revoked.
/// The link is shown once, at creation: only its hash is kept.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class SharesModel(SillageDb db, PortfolioAccess access, AuditLog audit, TimeProvider clock, PublicAddress address, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<Choice> Traces { get; private set; } = [];
    public IReadOnlyList<LinkRow> Links { get; private set; } = [];
    public DateTime Now { get; private set; }

    /// <summary>The address of the link just created (shown once).</summary>
    public string? NewLinkUrl { get; private set; }

    [BindProperty] public string? Label { get; set; }
    [BindProperty] public int Days { get; set; } = 30;
    [BindProperty] public List<Guid> TraceIds { get; set; } = [];

    /// <summary>A PFMP tutor of the learner the share is addressed to: they then read it in their tutor space.</summary>
    [BindProperty] public Guid? RecipientId { get; set; }

    /// <summary>The tutors of the learner's PFMP periods (a share can be addressed to one of them).</summary>
    public IReadOnlyList<(Guid Id, string Name)> Tutors { get; private set; } = [];

    public async Task OnGetAsync(Guid? trace)
    {
        if (trace is not null)
        {
            TraceIds = [trace.Value];
        }

        await LoadAsync();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        await LoadAsync();
        var label = Label?.Trim() ?? "";
        if (label.Length == 0 || label.Length > ShareLink.LabelMaxLength)
        {
            ModelState.AddModelError(nameof(Label), l["Dites pour qui est ce lien (1 à 150 caractères), par exemple « Tuteur de PFMP »."]);
        }

        if (Days is < 1 or > ShareLink.MaxDays)
        {
            ModelState.AddModelError(nameof(Days), l["La durée doit être comprise entre 1 et 365 jours."]);
        }

        var own = Traces.Select(t => t.Id).ToHashSet();
        var selected = TraceIds.Where(own.Contains).Distinct().ToList();
        if (selected.Count == 0)
        {
            ModelState.AddModelError(nameof(TraceIds), l["Choisissez au moins une trace à partager."]);
        }

        if (RecipientId is { } recipient && Tutors.All(t => t.Id != recipient))
        {
            ModelState.AddModelError(nameof(RecipientId), l["Choisissez le destinataire parmi vos tuteurs de PFMP."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (link, token) = ShareLink.Create(access.UserId, label, selected, clock.GetUtcNow().UtcDateTime, Days);
        link.RecipientId = RecipientId;
        db.ShareLinks.Add(link);
        audit.Record("share.created", link.Id, $"{label} ({selected.Count} trace(s), {Days} j)");
        await db.SaveChangesAsync();
        NewLinkUrl = address.Page("/Portfolio/Shared", new { token });
        TraceIds = [];
        Label = null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid linkId)
    {
        var link = await db.ShareLinks.SingleOrDefaultAsync(s => s.Id == linkId && s.OwnerId == access.UserId);
        if (link is null)
        {
            return NotFound();
        }

        link.Revoke(clock.GetUtcNow().UtcDateTime);
        audit.Record("share.revoked", link.Id, link.Label);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Lien « {0} » révoqué : il ne donne plus accès à rien.", link.Label].Value;
        return RedirectToPage(new { trace = (Guid?)null });
    }

    private async Task LoadAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Traces = await access.OwnTraces().AsNoTracking().Where(t => t.DeletedAt == null)
            .OrderByDescending(t => t.ActivityDate).Select(t => new Choice(t.Id, t.Title, t.ActivityDate)).ToListAsync();
        var me = access.UserId;
        Tutors = (await db.PfmpPeriods.AsNoTracking().Where(p => p.LearnerId == me && p.TutorId != null)
                .Join(db.Users, p => p.TutorId, u => u.Id, (p, u) => new { u.Id, u.FirstName, u.LastName, p.HostOrganisationId })
                .Join(db.HostOrganisations, x => x.HostOrganisationId, h => h.Id, (x, h) => new { x.Id, x.FirstName, x.LastName, Host = h.Name })
                .ToListAsync())
            .DistinctBy(t => t.Id).Select(t => (t.Id, $"{t.FirstName} {t.LastName} ({t.Host})")).ToList();
        Links = await db.ShareLinks.AsNoTracking().Where(s => s.OwnerId == me).OrderByDescending(s => s.CreatedAt)
            .Select(s => new LinkRow(s.Id, s.Label, s.CreatedAt, s.ExpiresAt, s.RevokedAt, s.LastOpenedAt, s.OpenCount,
                db.Users.Where(u => u.Id == s.RecipientId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
                s.Traces.Join(db.Traces, x => x.TraceId, t => t.Id, (_, t) => t.Title).ToList()))
            .ToListAsync();
    }

    public sealed record Choice(Guid Id, string Title, DateOnly ActivityDate);

    public sealed record LinkRow(Guid Id, string Label, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastOpenedAt, int OpenCount,
        string? Recipient, List<string> Titles);
}
