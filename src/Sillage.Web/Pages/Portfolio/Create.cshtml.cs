using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Rendering;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>A learner writes a new trace. The editor autosaves a draft, found again if the tab was closed.
/// <c>?contexte=Pfmp&amp;ref={id}</c> starts it from a PFMP period record; <c>?mission={id}</c> writes it "for" a mission
/// of a situation assigned to the learner (context = the situation, the mission's competences suggested on the links page);
/// <c>?modele={slug}</c> starts it from one of the <see cref="TraceTemplates"/> (the drafts stay listed).</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class CreateModel(SillageDb db, PortfolioAccess access, AuditLog audit, SchoolClock clock, MarkdownRenderer markdown, MissionContexts missions, IStringLocalizer<Text> l) : PageModel
{
    /// <summary>The mission the trace is written for, when there is one.</summary>
    public MissionContext? Mission { get; private set; }

    [BindProperty]
    public TraceInput Input { get; set; } = new();

    public DateTime? DraftSavedAt { get; private set; }

    private DateOnly Today => clock.Today;

    public IReadOnlyList<TraceDraft> OtherDrafts { get; private set; } = [];

    /// <summary>The canvas the trace was started from, when there is one.</summary>
    public TraceTemplates.Template? Template { get; private set; }

    public async Task<IActionResult> OnGetAsync(TraceContext? contexte, Guid? @ref, TraceKind? type, Guid? brouillon, Guid? mission, string? modele)
    {
        var drafts = await TraceDrafts.ListAsync(db, User.UserId(), null);
        Template = TraceTemplates.Find(modele);
        if (mission is { } missionId)
        {
            Mission = await missions.ForLearnerAsync(missionId, User.UserId());
            if (Mission is null)
            {
                return NotFound();
            }

            OtherDrafts = drafts;
            Input = new TraceInput
            {
                ActivityDate = Today, Context = TraceContext.SituationProfessionnelle, ContextReferenceId = Mission.MissionId,
                ContextLabel = MissionLabel(Mission), Kind = Template?.Kind ?? TraceKind.ActivityReport,
                Body = Template is null ? null : TraceTemplates.Body(Template, l),
            };
            return Page();
        }

        if (Template is not null)
        {
            OtherDrafts = drafts;
            var context = Template.Context ?? (contexte is { } tc && Enum.IsDefined(tc) ? tc : TraceContext.Formation);
            var period = context == TraceContext.Pfmp && @ref is { } periodId ? await access.OwnPfmpPeriodAsync(periodId, User.UserId()) : null;
            Input = new TraceInput
            {
                ActivityDate = Today, Context = context, Kind = Template.Kind, Body = TraceTemplates.Body(Template, l),
                ContextReferenceId = period?.Id, ContextLabel = period is null ? null : l["PFMP chez {0}", period.HostName].Value,
            };
            return Page();
        }

        var draft = brouillon is null ? drafts.FirstOrDefault() : drafts.FirstOrDefault(d => d.Id == brouillon);
        OtherDrafts = drafts.Where(d => d != draft).ToList();
        if (draft is not null)
        {
            Input = TraceInput.From(draft);
            DraftSavedAt = draft.SavedAt;
            Mission = await MissionOfAsync(Input);
            return Page();
        }

        Input = new TraceInput
        {
            ActivityDate = Today,
            Context = contexte is { } c && Enum.IsDefined(c) ? c : TraceContext.Formation,
            ContextReferenceId = @ref,
            Kind = type is { } k && Enum.IsDefined(k) ? k : TraceKind.ActivityReport,
        };
        return Page();
    }

    /// <summary>"VosRêves — situation 2 · Mission 1 : …": the context words of a trace written for a mission.</summary>
    public static string MissionLabel(MissionContext mission) => $"{mission.SituationTitle} · Mission {mission.Number} : {mission.MissionTitle}";

    /// <summary>The mission a posted or drafted form refers to, only when it is assigned to this learner.</summary>
    private async Task<MissionContext?> MissionOfAsync(TraceInput input) =>
        input.Context == TraceContext.SituationProfessionnelle && input.ContextReferenceId is { } id ? await missions.ForLearnerAsync(id, User.UserId()) : null;

    public async Task<IActionResult> OnPostAsync()
    {
        Mission = await MissionOfAsync(Input);
        if (Mission is null && !(Input.Context == TraceContext.Pfmp && Input.ContextReferenceId is { } period && await access.OwnPfmpPeriodAsync(period, User.UserId()) is not null))
        {
            // A reference only means something for a mission or a PFMP period of this learner; never trust a posted one.
            Input.ContextReferenceId = null;
        }

        var content = Input.ToContent(Today);
        foreach (var (field, message) in TraceRules.Check(content, Today))
        {
            ModelState.AddMessage(l, $"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = User.UserId();
        var (trace, revision) = Trace.Create(me, content, now);
        trace.ContextReferenceId = Input.ContextReferenceId;
        db.Traces.Add(trace);
        db.TraceRevisions.Add(revision);
        TraceDrafts.Saved(db, me, null, Input.Session);
        audit.Record("trace.created", trace.Id, trace.Title);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Trace enregistrée. Reliez-la maintenant aux compétences qu'elle prouve."].Value;
        return Mission is null ? RedirectToPage("/Portfolio/Detail", new { id = trace.Id }) : RedirectToPage("/Portfolio/Links", new { id = trace.Id });
    }

    public async Task<IActionResult> OnPostAutosaveAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Input.Version = 0;
        await TraceDrafts.SaveAsync(db, User.UserId(), null, Input, now);
        return EditorResponses.Saved(l, clock.ToSchoolTime(now));
    }

    public IActionResult OnPostPreview() => EditorResponses.Preview(l, markdown, Input.Body);

    public async Task<IActionResult> OnPostDiscardAsync(Guid draft)
    {
        await TraceDrafts.DiscardAsync(db, User.UserId(), draft);
        TempData["Message"] = l["Brouillon abandonné."].Value;
        return RedirectToPage(new { brouillon = (Guid?)null });
    }
}
