using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Domain.Files;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;
using Sillage.Web.Pages.Pfmp.Documents;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// The convention of a period for the school: managers send it, sign for the establishment, take it back to
/// draft, record a paper signature with its scan, or reopen it after a refusal. Every step goes through the
/// domain's state machine. Staff who see the period read it and print it.
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public sealed class ConventionModel(SillageDb db, PfmpAccess access, ConventionWorkflow workflow, PfmpDocuments documents, IFileStore files,
    IOptions<StorageOptions> storage, EmailOutbox outbox, PublicAddress address, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public static readonly IReadOnlySet<string> ScanExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "pdf", "png", "jpg", "jpeg" };

    public PeriodView View { get; private set; } = null!;
    public bool CanManage { get; private set; }

    /// <summary>Signs for the establishment: its managers, and its direction (chef d'établissement, DDFPT), whose
    /// signature it is in the first place (docs/team.md).</summary>
    public bool CanSign { get; private set; }
    public string? LearnerEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPrintAsync(Guid id) =>
        await LoadAsync(id) ? await PeriodFiles.PrintConventionAsync(documents, id) : NotFound();

    public Task<IActionResult> OnPostSendAsync(Guid id, Guid version) => StepAsync(id, version, l["Convention envoyée aux signataires."], auditAction: "pfmp.convention-sent",
        (c, at) => View.Tutor is null ? new Message("Désignez le tuteur avant d'envoyer la convention : il la signe pour la structure d'accueil.") : c.Send(Actor(), at),
        notify: true);

    [DirectionMayPost]
    public Task<IActionResult> OnPostSignAsync(Guid id, Guid version) => StepAsync(id, version, l["Signature de l'établissement enregistrée."], auditAction: "pfmp.convention-signed",
        (c, at) => c.Sign(ConventionParty.Establishment, Actor(), at), signing: true);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid version, string? comment) => StepAsync(id, version, l["Convention reprise en brouillon : les signatures recueillies sont annulées."],
        auditAction: "pfmp.convention-withdrawn", (c, at) => c.Withdraw(Actor(), at, comment));

    public Task<IActionResult> OnPostReopenAsync(Guid id, Guid version) => StepAsync(id, version, l["Convention rouverte en brouillon : corrigez la période puis renvoyez-la."],
        auditAction: "pfmp.convention-reopened", (c, at) => c.Reopen(Actor(), at));

    public Task<IActionResult> OnPostRefuseAsync(Guid id, Guid version, string? comment) => StepAsync(id, version, l["Refus enregistré avec son commentaire."],
        auditAction: "pfmp.convention-refused", (c, at) => c.Refuse(Actor(), at, comment, ConventionParty.Establishment));

    /// <summary>A convention signed on paper: the scan is checked, stored in the learner's PFMP dossier, then the step is recorded.</summary>
    public async Task<IActionResult> OnPostScanAsync(Guid id, Guid version, IFormFile? scan)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        if (scan is null || scan.Length == 0)
        {
            ModelState.AddModelError(string.Empty, l["Joignez le scan de la convention signée (PDF ou image)."]);
            return Page();
        }

        var limits = storage.Value;
        var head = new byte[4096];
        await using var stream = scan.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        var allowed = ScanExtensions.Where(limits.AllowedExtensions.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var check = FileCheck.Check(scan.FileName, head.AsSpan(0, read), scan.Length, limits.MaxUploadBytes, allowed);
        if (!check.Accepted)
        {
            ModelState.AddMessage(l, string.Empty, check.Error!);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var key = FileKeys.New($"pfmp/{View.Period.LearnerId:N}", now);
        stream.Position = 0;
        await files.SaveAsync(key, stream, check.Type!.ContentType);
        var name = FileCheck.SafeName(scan.FileName);
        var error = await workflow.ApplyAsync(id, version, (c, at) => c.RecordSignedOutsidePlatform(Actor(), at, name), auditAction: "pfmp.convention-signed-outside",
            _ => db.PfmpDocuments.Add(new PfmpDocument
            {
                PeriodId = id, LearnerId = View.Period.LearnerId, Kind = PfmpDocumentKind.ConventionScan, FileKey = key, FileName = name,
                ContentType = check.Type.ContentType, Size = scan.Length, CreatedById = access.UserId, CreatedAt = now,
            }));
        if (error is not null)
        {
            await files.DeleteAsync(key);
            ModelState.AddMessage(l, string.Empty, error);
            await LoadAsync(id);
            return Page();
        }

        TempData["Message"] = l["Convention déclarée signée hors plateforme ; le scan est rangé dans le dossier PFMP."].Value;
        return RedirectToPage(new { id });
    }

    private ConventionActor Actor() => ConventionWorkflow.Actor(User, ConventionWorkflow.StaffCapacity(User));

    private async Task<IActionResult> StepAsync(Guid id, Guid version, string done, string auditAction, Func<PfmpConvention, DateTime, Message?> step, bool notify = false,
        bool signing = false)
    {
        if (!await LoadAsync(id) || !(signing ? CanSign : CanManage))
        {
            return NotFound();
        }

        var error = await workflow.ApplyAsync(id, version, step, auditAction, notify ? _ => Notify() : null);
        if (error is not null)
        {
            ModelState.AddMessage(l, string.Empty, error);
            await LoadAsync(id);
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage(new { id });
    }

    /// <summary>Tells the learner and the tutor that the convention waits for their signature.</summary>
    private void Notify()
    {
        var learnerLink = address.Page("/Pfmp/Mine");
        var tutorLink = address.Page("/Pfmp/Tutor/Index");
        var what = new Message("la convention de PFMP de {0} chez {1} (du {2:dd/MM/yyyy} au {3:dd/MM/yyyy})", View.LearnerName, View.Host.Name, View.Period.Start, View.Period.End);
        var subject = new Message("Convention de PFMP à signer");
        if (LearnerEmail is not null)
        {
            outbox.Enqueue(LearnerEmail, subject, new Message("Bonjour,\n\n{0} vous attend pour signature dans Sillage :\n\n{1}\n", what, learnerLink));
        }

        if (View.Tutor?.Email is { } tutorEmail)
        {
            outbox.Enqueue(tutorEmail, subject,
                new Message("Bonjour {0},\n\n{1} vous attend pour signature au nom de la structure d'accueil, dans votre espace tuteur :\n\n{2}\n\nSi vous n'avez pas de mot de passe, utilisez le lien d'accès que l'établissement vous a envoyé.\n", View.Tutor.FirstName, what, tutorLink));
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await PeriodView.LoadAsync(db, access.VisiblePeriods(), id, clock.Today);
        if (view is null)
        {
            return false;
        }

        View = view;
        CanManage = await access.ManagedPeriods().AnyAsync(p => p.Id == id);
        CanSign = CanManage || User.IsInRole(Roles.Direction);
        LearnerEmail = await db.Users.Where(u => u.Id == view.Period.LearnerId).Select(u => u.Email).SingleAsync();
        return true;
    }
}
