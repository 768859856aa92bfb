using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>
/// The référentiel editor: one draft version, one node at a time (its fields, then its lists of children with
/// add, move and remove). The validator runs on every keystroke (htmx, nothing saved) and on every page; a draft
/// is published, as a new immutable version, only when it has no problem. Every edit carries the draft's
/// revision: an edit made from an older page is refused and the text typed stays in the form.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class EditModel(SillageDb db, FrameworkDrafts drafts, FrameworkImporter importer, AuditLog audit, TimeProvider clock,
    IStringLocalizer<Text> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "noeud")]
    public string? NodePath { get; set; }

    [BindProperty]
    public int Revision { get; set; }

    /// <summary>The node's fields as typed (f[title], f[code]…).</summary>
    [BindProperty(Name = "f")]
    public Dictionary<string, string?> Values { get; set; } = [];

    public FrameworkDraft Draft { get; private set; } = null!;
    public JsonObject Root { get; private set; } = null!;
    public string List { get; private set; } = "$";
    public IReadOnlyList<FrameworkEdits.Node> Outline { get; private set; } = [];
    public IReadOnlyList<(string List, IReadOnlyList<FrameworkEdits.Node> Items)> Children { get; private set; } = [];
    public IReadOnlyList<FrameworkProblem> Problems { get; private set; } = [];
    public string? BasedOn { get; private set; }

    /// <summary>Problems concerning the selected node or what it contains.</summary>
    public IEnumerable<FrameworkProblem> NodeProblems => Problems.Where(p => DraftPaths.Concerns(p, NodePath!));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        await ShowAsync(draft, FrameworkEdits.Load(draft.Json), keepValues: false, cancellationToken);
        return Page();
    }

    /// <summary>htmx, as the référent types: the node's problems once the typed values are applied. Nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        var root = FrameworkEdits.Load(draft.Json);
        if (FrameworkEdits.Set(root, NodePath ?? "$", Values) is { } problem)
        {
            return Partial("_DraftCheck", new DraftCheck([new FrameworkProblem(NodePath ?? "$", problem)], 1, NodePath ?? "$"));
        }

        var problems = await importer.ValidateAsync(FrameworkEdits.ToFile(root)!, cancellationToken);
        return Partial("_DraftCheck", new DraftCheck(problems.Where(p => DraftPaths.Concerns(p, NodePath ?? "$")).ToList(), problems.Count, NodePath ?? "$"));
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) =>
        EditAsync(id, root => FrameworkEdits.Set(root, NodePath ?? "$", Values), () => NodePath,
            l["Modifications enregistrées dans le brouillon."], keepValues: true, cancellationToken);

    public Task<IActionResult> OnPostAddAsync(Guid id, string list, CancellationToken cancellationToken)
    {
        string? added = null;
        return EditAsync(id, root =>
        {
            var (path, problem) = FrameworkEdits.Add(root, NodePath ?? "$", list, Values);
            added = path;
            return problem;
        }, () => NodePath, l["Élément ajouté au brouillon."], keepValues: false, cancellationToken, added: () => added);
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid id, string child, CancellationToken cancellationToken) =>
        EditAsync(id, root => DraftPaths.IsChild(child, NodePath ?? "$") ? FrameworkEdits.Remove(root, child) : Refused, () => NodePath,
            l["Élément retiré du brouillon."], keepValues: false, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid id, string child, int offset, CancellationToken cancellationToken) =>
        EditAsync(id, root => DraftPaths.IsChild(child, NodePath ?? "$") ? FrameworkEdits.Move(root, child, offset).Problem : Refused, () => NodePath,
            l["Ordre modifié."], keepValues: false, cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        if (Revision != draft.Revision)
        {
            return await RefusedAsync(draft, FrameworkDraft.Stale, keepValues: false, cancellationToken);
        }

        var result = await importer.ImportAsync(draft.Json, User.UserId(), draft.EstablishmentId, mayReplace: false, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty,
                l["Le brouillon contient {0} problème(s) : rien n'a été publié. Corrigez-les puis publiez à nouveau.", result.Problems.Count]);
            await ShowAsync(draft, FrameworkEdits.Load(draft.Json), keepValues: false, cancellationToken);
            Problems = result.Problems;
            return Page();
        }

        var framework = result.Framework!;
        db.FrameworkDrafts.Remove(draft);
        audit.Record("framework.published", details: $"{framework.Code} {framework.Version}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Version {0} du référentiel « {1} » publiée. Elle ne sera plus modifiée : une évolution sera une nouvelle version.",
            framework.Version, framework.Title].Value;
        return RedirectToPage("/Referentiel/Detail", new { id = framework.Id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        if (Revision != draft.Revision)
        {
            return await RefusedAsync(draft, FrameworkDraft.Stale, keepValues: false, cancellationToken);
        }

        db.FrameworkDrafts.Remove(draft);
        audit.Record("framework.draft-deleted", details: draft.Code);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Brouillon supprimé."].Value;
        return RedirectToPage("/Referentiel/Index");
    }

    /// <summary>The draft's document, to keep or to import elsewhere.</summary>
    public async Task<IActionResult> OnGetJsonAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        var version = FrameworkEdits.Load(draft.Json)["version"]?.ToString() ?? "brouillon";
        return File(System.Text.Encoding.UTF8.GetBytes(draft.Json), "application/json", $"{draft.Code}-{version}-brouillon.json");
    }

    private static readonly Message Refused = new("Cet élément n'appartient pas à l'élément sélectionné : rechargez la page.");

    private async Task<IActionResult> EditAsync(Guid id, Func<JsonObject, Message?> edit, Func<string?> next, string done, bool keepValues,
        CancellationToken cancellationToken, Func<string?>? added = null)
    {
        if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        if (draft.Apply(Revision, edit, User.UserId(), clock.GetUtcNow().UtcDateTime) is { } problem)
        {
            return await RefusedAsync(draft, problem, keepValues, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = (await drafts.FindAsync(id, cancellationToken))!;
            return await RefusedAsync(current, FrameworkDraft.Stale, keepValues, cancellationToken);
        }

        TempData["Message"] = done;
        var path = next();
        return Redirect(Url.Page("/Referentiel/Edit", new { id, noeud = path == "$" ? null : path })! + Anchor(added?.Invoke()));
    }

    private static string Anchor(string? path) => path is null ? "" : "#" + DraftPaths.Anchor(path);

    private async Task<IActionResult> RefusedAsync(FrameworkDraft draft, Message problem, bool keepValues, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await drafts.FindAsync(draft.Id, cancellationToken) ?? draft;
        ModelState.AddMessage(l, string.Empty, problem);
        await ShowAsync(current, FrameworkEdits.Load(current.Json), keepValues, cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task ShowAsync(FrameworkDraft draft, JsonObject root, bool keepValues, CancellationToken cancellationToken)
    {
        Draft = draft;
        Root = root;
        if (FrameworkEdits.Find(root, NodePath) is null)
        {
            NodePath = "$";
        }

        List = FrameworkEdits.ListOf(NodePath)!;
        var stored = FrameworkEdits.Fields(FrameworkEdits.Find(root, NodePath)!, List);
        Values = keepValues
            ? stored.Keys.ToDictionary(k => k, k => Values.GetValueOrDefault(k), StringComparer.Ordinal)
            : stored.ToDictionary(StringComparer.Ordinal);
        Revision = draft.Revision;
        Outline = FrameworkEdits.Outline(root);
        Children = FrameworkEdits.Children(root, NodePath!);
        Problems = FrameworkEdits.ToFile(root) is { } file ? await importer.ValidateAsync(file, cancellationToken) : [];
        BasedOn = draft.BasedOnId is { } basedOn
            ? await db.Frameworks.Where(f => f.Id == basedOn).Select(f => (f.ShortTitle ?? f.Title) + " (" + f.Version + ")").SingleOrDefaultAsync(cancellationToken)
            : null;
    }
}

/// <summary>The htmx answer while typing: the node's problems and the draft's total.</summary>
public sealed record DraftCheck(IReadOnlyList<FrameworkProblem> Problems, int Total, string NodePath);

/// <summary>Path arithmetic for the editor's pages.</summary>
public static class DraftPaths
{
    /// <summary>True when a problem's path is the node's or inside it ("$.blocks[1]" is not under "$.blocks[10]").</summary>
    public static bool IsUnder(string problemPath, string nodePath) =>
        nodePath == "$" || problemPath == nodePath || problemPath.StartsWith(nodePath + ".", StringComparison.Ordinal);

    /// <summary>True when the problem is in the node, or names it (a duplicate code names the first use).</summary>
    public static bool Concerns(FrameworkProblem problem, string nodePath) =>
        IsUnder(problem.Path, nodePath) || problem.Message.Args.Any(a => a is string path && path.StartsWith('$') && IsUnder(path, nodePath));

    /// <summary>True when <paramref name="child"/> is directly in one of the node's lists.</summary>
    public static bool IsChild(string child, string nodePath)
    {
        var steps = FrameworkEdits.Parse(child);
        var parent = FrameworkEdits.Parse(nodePath);
        return steps is not null && parent is not null && steps.Count == parent.Count + 1
            && child.StartsWith(nodePath == "$" ? "$." : nodePath + ".", StringComparison.Ordinal);
    }

    /// <summary>The node a problem belongs to: its path without the faulty field (or list item of a field).</summary>
    public static string NodeOf(string problemPath)
    {
        var path = problemPath;
        while (path.Length > 1 && FrameworkEdits.Parse(path) is null)
        {
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? "$" : path[..cut];
        }

        return path.Length == 0 ? "$" : path;
    }

    public static string Anchor(string path) => "n-" + new string(path.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
