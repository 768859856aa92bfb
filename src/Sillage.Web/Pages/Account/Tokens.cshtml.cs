using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Web.Api;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Account;

/// <summary>
/// The person's personal access tokens to the API (docs/api.md): created with a name, a scope and an expiry date no
/// further than <c>Api:TokenMaxDays</c> (365) days; the token is shown once, on the answer to the creation, and only
/// its hash is kept; listed with their last use; revocable. Creation and revocation go to the audit log.
/// </summary>
[Authorize(Policy = Policies.School)]
public sealed class TokensModel(SillageDb db, AuditLog audit, SchoolClock clock, IConfiguration configuration, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];

    /// <summary>The token just created, shown once.</summary>
    public string? NewToken { get; private set; }

    public int MaxDays => configuration.GetValue("Api:TokenMaxDays", 365);

    public DateOnly Today => clock.Today;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        Input.ExpiresOn = clock.Today.AddDays(30);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddMessage(l, "Input.Name", new Message("Donnez un nom au jeton (l'outil qui l'utilisera)."));
        }
        else if (name.Length > PersonalAccessToken.MaxNameLength)
        {
            ModelState.AddMessage(l, "Input.Name", new Message("Le nom du jeton tient en {0} caractères au plus.", PersonalAccessToken.MaxNameLength));
        }

        if (Input.Scope is not (AccessTokens.ReadScope or AccessTokens.WriteScope))
        {
            ModelState.AddMessage(l, "Input.Scope", new Message("Choisissez la portée du jeton."));
        }

        if (Input.ExpiresOn is not { } expires)
        {
            ModelState.AddMessage(l, "Input.ExpiresOn", new Message("Choisissez la date d'expiration du jeton."));
        }
        else if (expires <= clock.Today || expires > clock.Today.AddDays(MaxDays))
        {
            ModelState.AddMessage(l, "Input.ExpiresOn", new Message("La date d'expiration va de demain à {0} jours au plus.", MaxDays));
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var me = User.UserId();
        var (row, token) = AccessTokens.Create(me, name!, Input.Scope == AccessTokens.WriteScope,
            clock.FromSchoolTime(Input.ExpiresOn!.Value.ToDateTime(TimeOnly.MinValue)), clock.GetUtcNow().UtcDateTime);
        db.PersonalAccessTokens.Add(row);
        audit.Record("api-token.created", me, $"{row.Name} ({Input.Scope}, {Input.ExpiresOn:yyyy-MM-dd})");
        await db.SaveChangesAsync();
        NewToken = token;
        ModelState.Clear();
        Input = new TokenInput { ExpiresOn = clock.Today.AddDays(30) };
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var me = User.UserId();
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == me && t.RevokedAt == null);
        if (token is null)
        {
            return NotFound();
        }

        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("api-token.revoked", me, token.Name);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Jeton « {0} » révoqué.", token.Name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var me = User.UserId();
        Tokens = await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == me)
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync();
    }

    public sealed class TokenInput
    {
        [Display(Name = "Nom du jeton")]
        public string? Name { get; set; }

        [Display(Name = "Portée")]
        public string Scope { get; set; } = AccessTokens.ReadScope;

        [Display(Name = "Expire le")]
        [DataType(DataType.Date)]
        public DateOnly? ExpiresOn { get; set; }
    }
}
