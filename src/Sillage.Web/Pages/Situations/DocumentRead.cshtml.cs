using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// Reads a Markdown document of a situation in the page (the shipped documents the missions cite are .md files), for
/// whoever may download it. The text goes through the app's <c>MarkdownRenderer</c>: no raw HTML, no image from
/// elsewhere, nothing the server fetches. Another kind of file, or a text too long to show, is offered for download.
/// </summary>
[Authorize(Policy = Policies.School)]
public sealed class DocumentReadModel(SillageDb db, SituationAccess access, IFileStore store) : PageModel
{
    /// <summary>Longer texts are downloaded, not shown (the shipped documents are a few kilobytes).</summary>
    public const int MaxCharacters = 200_000;

    public Guid SituationId { get; private set; }
    public string SituationTitle { get; private set; } = "";
    public Guid DocumentId { get; private set; }
    public string Title { get; private set; } = "";
    public string FileName { get; private set; } = "";

    /// <summary>The Markdown to show; null when the document is not Markdown or is too long.</summary>
    public string? Markdown { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var readable = (await access.ReadableAsync()).Where(s => s.Id == id);
        var document = await db.SituationDocuments.AsNoTracking().Where(d => d.Id == documentId && d.SituationId == id)
            .Join(readable, d => d.SituationId, s => s.Id, (d, s) => new { d.Title, d.FileName, d.FileKey, Situation = s.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        (SituationId, SituationTitle, DocumentId, Title, FileName) = (id, document.Situation, documentId, document.Title, document.FileName);
        if (IsMarkdown(document.FileName))
        {
            await using var stream = await store.OpenReadAsync(document.FileKey, cancellationToken);
            if (stream is null)
            {
                return NotFound();
            }

            using var reader = new StreamReader(stream);
            var buffer = new char[MaxCharacters + 1];
            var read = await reader.ReadBlockAsync(buffer, cancellationToken);
            Markdown = read > MaxCharacters ? null : new string(buffer, 0, read);
        }

        return Page();
    }

    /// <summary>A Markdown document, by its name (the shipped documents are .md files; uploads keep their extension).</summary>
    public static bool IsMarkdown(string fileName) => fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
