using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Spreadsheets;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Certification.Ccf.Record;

/// <summary>
/// The jury's table of a cohort (<c>?cohorte=</c>): one row per candidate, the épreuves' marks with their
/// coefficients, the weighted average and what it gives against the pass mark (a setting), and the jury's decision;
/// exported as CSV and XLSX for entry into the national exam system. Staff who see the cohort read it.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CohortModel(SillageDb db, CohortAccess cohorts, CcfGrading grading, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public Cohort? Cohort { get; private set; }
    public IReadOnlyList<CcfGrading.LearnerRecord> Records { get; private set; } = [];
    public IReadOnlyDictionary<Guid, DateOnly?> BirthDates { get; private set; } = new Dictionary<Guid, DateOnly?>();
    public decimal PassMark => grading.PassMark;

    [BindProperty(SupportsGet = true, Name = "cohorte")]
    public Guid? CohortId { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        if (!await LoadAsync() || Cohort is null)
        {
            return NotFound();
        }

        var name = $"ccf-{Cohort.Name}-{clock.Today:yyyy-MM-dd}".Replace(' ', '-');
        return format == "xlsx"
            ? File(SpreadsheetFile.Xlsx(Rows(numbers: true), Cohort.Name, "CCF"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(SpreadsheetFile.Csv(Rows(numbers: false)), "text/csv; charset=utf-8", name + ".csv");
    }

    /// <summary>The export: name, birth date, INE (from the SIECLE import; empty for a learner never imported), each épreuve's mark, the average, the decision (the jury's, else
    /// what the marks give, said so). CSV writes marks the French way (12,5); XLSX keeps them numbers.</summary>
    private IEnumerable<IReadOnlyList<SheetCell>> Rows(bool numbers)
    {
        var exams = Records.FirstOrDefault()?.Exams.Select(e => e.Exam.Code).ToList() ?? [];
        SheetCell Mark(decimal? mark) => mark is { } m ? (numbers ? SheetCell.Number(m) : SheetCell.Text(CcfMarkText.Input(m))) : SheetCell.Text("");
        yield return [l["Nom"].Value, l["Prénom"].Value, l["Date de naissance"].Value, l["INE"].Value, .. exams.Select(SheetCell.Text),
            l["Moyenne"].Value, l["Décision"].Value];
        foreach (var r in Records)
        {
            var names = Names[r.LearnerId];
            var decision = r.Decision is { } d ? CcfMarkText.Outcome(l, d.Outcome) : l["{0} (proposition, le jury ne s'est pas prononcé)", CcfMarkText.Outcome(l, r.Result.Outcome)].Value;
            yield return [names.Last, names.First, BirthDates.GetValueOrDefault(r.LearnerId)?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                Ines.GetValueOrDefault(r.LearnerId),
                .. r.Exams.Select(e => Mark(e.Result?.Mark)), Mark(r.Decision?.Average ?? r.Result.Average), decision];
        }
    }

    private Dictionary<Guid, (string First, string Last)> Names { get; set; } = [];

    private Dictionary<Guid, string?> Ines { get; set; } = [];

    private async Task<bool> LoadAsync()
    {
        Cohorts = (await cohorts.VisibleCohorts().Where(c => !c.Archived).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync())
            .Select(c => (c.Id, c.Name)).ToList();
        if (CohortId is not { } id)
        {
            return true;
        }

        Cohort = await cohorts.VisibleCohorts().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (Cohort is null)
        {
            return false;
        }

        var learners = await grading.LearnersAsync(id);
        var ids = learners.Select(x => x.Id).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.FirstName, u.LastName, u.BirthDate, u.Ine }).ToListAsync();
        Names = people.ToDictionary(p => p.Id, p => (p.FirstName, p.LastName));
        BirthDates = people.ToDictionary(p => p.Id, p => p.BirthDate);
        Ines = people.ToDictionary(p => p.Id, p => p.Ine);
        var records = new List<CcfGrading.LearnerRecord>();
        foreach (var (learnerId, _) in learners)
        {
            records.Add(await grading.RecordAsync(id, learnerId));
        }

        Records = records;
        return true;
    }
}
