using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Career;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Projet;

/// <summary>The learner records their Pix results (guide 3.5): a profile (level per CRCN compétence, global score, date)
/// or a certification (date, score, certificate number). Shown on their dashboard and beside the CRCN correspondences.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class PixModel(SillageDb db, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public ProfileInput Profile { get; set; } = new();

    [BindProperty]
    public CertificationInput Certification { get; set; } = new();

    public CrcnList Crcn { get; private set; } = new([]);
    public IReadOnlyList<PixResult> Results { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Profile.TakenOn = Certification.TakenOn = clock.Today;
    }

    public async Task<IActionResult> OnPostProfileAsync()
    {
        await LoadAsync();
        var levels = Crcn.Codes.ToDictionary(c => c, c => Profile.Levels.GetValueOrDefault(c));
        foreach (var extra in Profile.Levels.Keys.Except(Crcn.Codes))
        {
            levels[extra] = Profile.Levels[extra];
        }

        foreach (var problem in PixRules.Check(PixResultKind.Profile, Profile.TakenOn, Profile.Score, levels, null, Crcn.Codes, clock.Today))
        {
            ModelState.AddMessage(l, "Profile." + problem.Field, problem.Text);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = new PixResult
        {
            LearnerId = User.UserId(), Kind = PixResultKind.Profile, TakenOn = Profile.TakenOn!.Value, Score = Profile.Score!.Value, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        result.Levels.AddRange(levels.Where(v => v.Value is not null).Select(v => new PixCompetenceLevel { ResultId = result.Id, CompetenceCode = v.Key, Level = v.Value!.Value }));
        db.PixResults.Add(result);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Profil Pix enregistré."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCertificationAsync()
    {
        await LoadAsync();
        foreach (var problem in PixRules.Check(PixResultKind.Certification, Certification.TakenOn, Certification.Score, new Dictionary<string, int?>(), Certification.CertificateNumber, Crcn.Codes, clock.Today))
        {
            ModelState.AddMessage(l, "Certification." + problem.Field, problem.Text);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.PixResults.Add(new PixResult
        {
            LearnerId = User.UserId(), Kind = PixResultKind.Certification, TakenOn = Certification.TakenOn!.Value, Score = Certification.Score!.Value,
            CertificateNumber = Certification.CertificateNumber!.Trim(), RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        TempData["Message"] = l["Certification Pix enregistrée."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid resultId)
    {
        var me = User.UserId();
        var deleted = await db.PixResults.Where(r => r.Id == resultId && r.LearnerId == me).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            return NotFound();
        }

        TempData["Message"] = l["Résultat Pix supprimé."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Crcn = await CrcnList.LoadAsync(db);
        var me = User.UserId();
        Results = await db.PixResults.AsNoTracking().Include(r => r.Levels).Where(r => r.LearnerId == me)
            .OrderByDescending(r => r.TakenOn).ThenByDescending(r => r.RecordedAt).ToListAsync();
    }

    public sealed class ProfileInput
    {
        [Display(Name = "Date du profil")]
        public DateOnly? TakenOn { get; set; }

        [Display(Name = "Score global (pix)")]
        public int? Score { get; set; }

        /// <summary>Level per CRCN compétence code; an empty box was not assessed.</summary>
        public Dictionary<string, int?> Levels { get; set; } = [];
    }

    public sealed class CertificationInput
    {
        [Display(Name = "Date de la certification")]
        public DateOnly? TakenOn { get; set; }

        [Display(Name = "Score certifié (pix)")]
        public int? Score { get; set; }

        [Display(Name = "Numéro du certificat")]
        public string? CertificateNumber { get; set; }
    }
}
