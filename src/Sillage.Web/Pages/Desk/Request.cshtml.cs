using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.FilRouge;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Desk;

/// <summary>
/// One user request and its log. A learner of the cohort takes it (one wins when two try at once), answers, puts it
/// on hold, escalates it (to the teacher or to another service) and resolves it, then turns it into a trace; the
/// teacher answers an escalation or closes it, plays the requester (the learner sees "the user's" reply) and gives a
/// formative mark. Every form carries the version it was read at: a stale one never overwrites and keeps its text.
/// </summary>
[Authorize(Policy = Policies.School)]
public sealed class RequestModel(SillageDb db, DeskAccess access, RequestTrace traces, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public UserRequest Item { get; private set; } = null!;
    public string? SituationTitle { get; private set; }
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public bool IsStaff => access.IsStaff;
    public bool IsHandler => !access.IsStaff && Item.HandlerId == access.UserId;

    [BindProperty]
    public StepInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostTakeAsync(Guid id) => LearnerStepAsync(id, request =>
    {
        if (request.RefuseTake() is { } refusal)
        {
            return refusal;
        }

        request.Take(access.UserId, Now);
        audit.Record("desk.request-taken", request.Id, request.Subject);
        return null;
    }, l["Demande prise en charge : elle est à vous."]);

    public Task<IActionResult> OnPostActAsync(Guid id) => LearnerStepAsync(id, request =>
    {
        var to = Input.To ?? request.State;
        var transfer = Input.TransferTo is { } service && service != request.Service ? service : (DeskService?)null;
        if (request.Refuse(RequestActor.Learner, access.UserId, to, Input.Text, Input.Minutes ?? 0, transfer) is { } refusal)
        {
            return refusal;
        }

        request.Act(RequestActor.Learner, access.UserId, to, Input.Text, Input.Minutes ?? 0, Now, transfer);
        audit.Record("desk.request-step", request.Id, request.State.ToString());
        return null;
    }, l["Étape enregistrée."]);

    public async Task<IActionResult> OnPostTraceAsync(Guid id)
    {
        if (access.IsStaff)
        {
            return Forbid();
        }

        var request = await access.Requests().Include(r => r.Entries).SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return NotFound();
        }

        Message? refusal = request.HandlerId != access.UserId ? new("Seul l'apprenant qui a traité la demande peut en faire une trace.")
            : request.State is not (RequestState.Resolved or RequestState.Closed) ? new("Résolvez la demande avant d'en faire une trace.")
            : request.TraceId is not null ? new("Cette demande est déjà dans votre dossier.")
            : null;
        if (refusal is not null)
        {
            return await RefuseAsync(id, refusal);
        }

        db.Entry(request).Property(r => r.Version).OriginalValue = Input.Version;
        var organisation = await db.Situations.Where(s => s.Id == request.SituationId).Select(s => db.Organisations.Where(o => o.Id == s.OrganisationId).Select(o => o.Name).FirstOrDefault()).FirstOrDefaultAsync();
        var trace = await traces.CreateAsync(request, organisation ?? l["Entreprise fil rouge"], Now);
        audit.Record("desk.request-traced", request.Id, trace.Id.ToString());
        if (await SaveAsync(id) is { } stale)
        {
            return stale;
        }

        TempData["Message"] = l["Trace créée dans votre dossier, reliée aux compétences du bloc 3 : complétez-la (ce que vous en retenez)."].Value;
        return RedirectToPage("/Portfolio/Detail", new { id = trace.Id });
    }

    public async Task<IActionResult> OnPostTeacherAsync(Guid id)
    {
        if (!access.IsStaff)
        {
            return Forbid();
        }

        var request = await access.Requests().Include(r => r.Entries).SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return NotFound();
        }

        var actor = Input.AsRequester ? RequestActor.Requester : RequestActor.Teacher;
        var to = Input.To ?? request.State;
        if (request.Refuse(actor, access.UserId, to, Input.Text, Input.Minutes ?? 0) is { } refusal)
        {
            return await RefuseAsync(id, refusal);
        }

        db.Entry(request).Property(r => r.Version).OriginalValue = Input.Version;
        db.RequestEntries.Add(request.Act(actor, access.UserId, to, Input.Text, Input.Minutes ?? 0, Now));
        audit.Record(actor == RequestActor.Requester ? "desk.request-user-reply" : "desk.request-step", request.Id, request.State.ToString());
        return await SaveAsync(id) ?? Done(actor == RequestActor.Requester ? l["Réponse de l'utilisateur envoyée."] : l["Étape enregistrée."], id);
    }

    public async Task<IActionResult> OnPostMarkAsync(Guid id)
    {
        if (!access.IsStaff)
        {
            return Forbid();
        }

        var request = await access.Requests().SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return NotFound();
        }

        db.Entry(request).Property(r => r.Version).OriginalValue = Input.Version;
        if (request.Mark(Input.Mark, Input.Comment, access.UserId, Now) is { } refusal)
        {
            return await RefuseAsync(id, refusal);
        }

        audit.Record("desk.request-marked", request.Id, Input.Mark?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await SaveAsync(id) ?? Done(l["Appréciation enregistrée."], id);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A learner's step on a request of their cohort: the rule's refusal, or the step saved from the form's version.</summary>
    private async Task<IActionResult> LearnerStepAsync(Guid id, Func<UserRequest, Message?> step, string done)
    {
        if (access.IsStaff)
        {
            return Forbid();
        }

        var request = await access.Requests().Include(r => r.Entries).SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return NotFound();
        }

        var before = request.Entries.Count;
        if (step(request) is { } refusal)
        {
            return await RefuseAsync(id, refusal);
        }

        db.RequestEntries.AddRange(request.Entries.Skip(before));
        db.Entry(request).Property(r => r.Version).OriginalValue = Input.Version;
        return await SaveAsync(id) ?? Done(done, id);
    }

    /// <summary>Saves; when someone changed the request since the form was read, shows it as it is now with the text kept.</summary>
    private async Task<IActionResult?> SaveAsync(Guid id)
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(id, new("La demande a changé depuis que vous l'avez ouverte (prise en charge par quelqu'un d'autre ou modifiée) : rien n'a été enregistré. Voici son état actuel ; votre texte est conservé."));
        }
    }

    private RedirectToPageResult Done(string message, Guid id)
    {
        TempData["Message"] = message;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RefuseAsync(Guid id, Message refusal)
    {
        db.ChangeTracker.Clear();
        ModelState.AddMessage(l, string.Empty, refusal);
        var text = Input.Text;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // The form shows the request as it is now, with the text the user typed.
        ModelState.Remove($"{nameof(Input)}.{nameof(StepInput.Version)}");
        Input.Version = Item.Version;
        Input.Text = text;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var request = await access.Requests().AsNoTracking().Include(r => r.Entries).SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return false;
        }

        Item = request;
        Input.Version = request.Version;
        SituationTitle = await db.Situations.Where(s => s.Id == request.SituationId).Select(s => s.Title).FirstOrDefaultAsync();
        var people = request.Entries.Select(e => e.AuthorId).Append(request.HandlerId).Append(request.MarkedById).OfType<Guid>().Distinct().ToList();
        Names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FirstName + " " + u.LastName);
        return true;
    }

    public sealed class StepInput
    {
        public int Version { get; set; }
        public RequestState? To { get; set; }
        public string? Text { get; set; }
        public int? Minutes { get; set; }
        public DeskService? TransferTo { get; set; }
        public bool AsRequester { get; set; }
        public int? Mark { get; set; }
        public string? Comment { get; set; }
    }
}
