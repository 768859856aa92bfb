using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Domain.Certification;
using Sillage.Domain.Files;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Certification;

/// <summary>The learner adds pieces to a draft dossier: traces of their portfolio (with the compétences of the bloc
/// each one claims), interview reports, and documents (PFMP attestation or bilan, assessment grid, other).</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class AddPiecesModel(SillageDb db, CertificationAccess access, IFileStore store, IOptions<StorageOptions> storage, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public CertificationDossier Dossier { get; private set; } = null!;
    public string BlockCode { get; private set; } = "";
    public IReadOnlyList<TraceChoice> Traces { get; private set; } = [];
    public IReadOnlyList<InterviewChoice> Interviews { get; private set; } = [];

    [BindProperty]
    public List<Guid> TraceIds { get; set; } = [];

    [BindProperty]
    public List<Guid> InterviewIds { get; set; } = [];

    [BindProperty]
    public DocumentInput Document { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTracesAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var chosen = TraceIds.Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(t => Traces.All(x => x.Id != t || x.Selected)))
        {
            ModelState.AddModelError(nameof(TraceIds), l["Cochez des traces de votre dossier qui ne sont pas déjà dans le dossier de certification."]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var traceId in chosen)
        {
            db.DossierItems.Add(Dossier.Add(DossierItemKind.Trace, traceId, null, null, now));
        }

        await db.SaveChangesAsync();
        return RedirectToPage("/Certification/Detail", new { id });
    }

    public async Task<IActionResult> OnPostInterviewsAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var chosen = InterviewIds.Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(i => Interviews.All(x => x.Id != i || x.Selected)))
        {
            ModelState.AddModelError(nameof(InterviewIds), l["Cochez des comptes rendus d'entretien qui ne sont pas déjà dans le dossier."]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var interviewId in chosen)
        {
            var held = Interviews.Single(x => x.Id == interviewId).HeldOn;
            db.DossierItems.Add(Dossier.Add(DossierItemKind.Interview, interviewId, l["Entretien formatif du {0}", Infrastructure.Web.Display.Date(held)], null, now));
        }

        await db.SaveChangesAsync();
        return RedirectToPage("/Certification/Detail", new { id });
    }

    public async Task<IActionResult> OnPostDocumentAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CertificationText.DocumentKinds.Contains(Document.Kind))
        {
            ModelState.AddModelError("Document.Kind", l["Choisissez le type de document."]);
        }

        var label = Document.Label?.Trim();
        if (string.IsNullOrEmpty(label) || label.Length > DossierItem.LabelMaxLength)
        {
            ModelState.AddModelError("Document.Label", l["Donnez un titre au document (200 caractères au plus)."]);
        }

        if (Document.Note?.Length > DossierItem.NoteMaxLength)
        {
            ModelState.AddModelError("Document.Note", l["La note fait 1 000 caractères au plus."]);
        }

        FileCheck.Result? check = null;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["Choisissez le fichier à ajouter."]);
        }
        else
        {
            var head = new byte[(int)Math.Min(4096, file.Length)];
            await using (var peek = file.OpenReadStream())
            {
                await peek.ReadExactlyAsync(head, cancellationToken);
            }

            check = FileCheck.Check(file.FileName, head, file.Length, storage.Value.MaxUploadBytes,
                new HashSet<string>(storage.Value.AllowedExtensions, StringComparer.OrdinalIgnoreCase));
            if (!check.Accepted)
            {
                ModelState.AddMessage(l, "file", check.Error!);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var key = FileKeys.New("certification", now);
        await using (var content = file!.OpenReadStream())
        {
            await store.SaveAsync(key, content, check!.Type!.ContentType, cancellationToken);
        }

        var item = Dossier.Add(Document.Kind, null, label, Document.Note, now);
        item.StorageKey = key;
        item.FileName = FileCheck.SafeName(file.FileName);
        item.ContentType = check.Type.ContentType;
        item.Size = file.Length;
        db.DossierItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Certification/Detail", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = access.UserId;
        var dossier = await db.CertificationDossiers.Include(d => d.Items).SingleOrDefaultAsync(d => d.Id == id && d.LearnerId == me);
        if (dossier is null || !dossier.IsDraft)
        {
            return false;
        }

        Dossier = dossier;
        BlockCode = await db.FrameworkElements.Where(e => e.Id == dossier.BlockId).Select(e => e.Code).SingleAsync();
        var selected = dossier.Items.Where(i => i.ReferenceId != null).Select(i => i.ReferenceId!.Value).ToHashSet();
        var blockElements = (await DossierView.BlockElementsAsync(db, dossier.BlockId)).ToDictionary(e => e.Id, e => e.Code);
        var elementIds = blockElements.Keys.ToList();
        var traces = await db.Traces.AsNoTracking().Where(t => t.LearnerId == me && t.DeletedAt == null)
            .OrderByDescending(t => t.ActivityDate)
            .Select(t => new { t.Id, t.Title, t.ActivityDate, Codes = t.Links.Where(x => elementIds.Contains(x.ElementId)).Select(x => x.ElementId).ToList() })
            .ToListAsync();
        Traces = traces.Select(t => new TraceChoice(t.Id, t.Title, t.ActivityDate, t.Codes.Select(c => blockElements[c]).Order(StringComparer.Ordinal).ToList(), selected.Contains(t.Id)))
            .OrderByDescending(t => t.Codes.Count > 0).ThenByDescending(t => t.ActivityDate).ToList();
        Interviews = (await db.Interviews.AsNoTracking().Where(i => i.LearnerId == me).OrderByDescending(i => i.HeldOn)
                .Select(i => new { i.Id, i.HeldOn }).ToListAsync())
            .Select(i => new InterviewChoice(i.Id, i.HeldOn, selected.Contains(i.Id))).ToList();
        return true;
    }

    public sealed record TraceChoice(Guid Id, string Title, DateOnly ActivityDate, IReadOnlyList<string> Codes, bool Selected);

    public sealed record InterviewChoice(Guid Id, DateOnly HeldOn, bool Selected);

    public sealed class DocumentInput
    {
        public DossierItemKind Kind { get; set; } = DossierItemKind.PfmpAttestation;
        public string? Label { get; set; }
        public string? Note { get; set; }
    }
}
