using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Privacy;

/// <summary>An administrator erases a person (RGPD, art. 17): the page lists what will be deleted and what is kept,
/// and why; the administrator confirms by typing the person's full name.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EraseModel(SillageDb db, PersonErasure erasure, IStringLocalizer<Text> l) : PageModel
{
    public User Person { get; private set; } = null!;
    public IReadOnlyList<PersonErasure.Line> Lines { get; private set; } = [];
    public string? Summary { get; private set; }

    [BindProperty]
    [Display(Name = "Pour confirmer, tapez le nom complet de la personne")]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Person.ErasedAt is not null)
        {
            ModelState.AddModelError(string.Empty, l["Cette personne a déjà été effacée."]);
            return Page();
        }

        if (id == User.UserId())
        {
            ModelState.AddModelError(string.Empty, l["Vous ne pouvez pas effacer votre propre compte : demandez-le à un autre administrateur."]);
            return Page();
        }

        if (!string.Equals(Confirmation?.Trim(), Person.FullName, StringComparison.CurrentCultureIgnoreCase))
        {
            ModelState.AddModelError(nameof(Confirmation), l["Le nom tapé ne correspond pas : rien n'a été effacé."]);
            return Page();
        }

        var (_, rows, files) = await erasure.EraseAsync(id, cancellationToken);
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        Summary = l["{0} ligne(s) supprimée(s), {1} fichier(s) supprimé(s), compte anonymisé.", rows, files];
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (person is null)
        {
            return false;
        }

        Person = person;
        Lines = await erasure.PreviewAsync(id, cancellationToken);
        return true;
    }
}
