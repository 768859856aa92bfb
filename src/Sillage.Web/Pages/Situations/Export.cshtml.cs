using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Situations;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Situations;

/// <summary>The situation as a file to share with another school (format in docs/situation-format.md).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ExportModel(SituationAccess access, SituationFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await (await access.ReadableAsync()).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var situation = (await files.LoadAsync(id, cancellationToken))!;
        var json = SituationFileReader.Write(await files.ToFileAsync(situation, export: true, cancellationToken));
        var name = new string(Sillage.Domain.TextFolding.Fold(situation.Title).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"situation-{(name.Length > 60 ? name[..60] : name)}.json");
    }
}
