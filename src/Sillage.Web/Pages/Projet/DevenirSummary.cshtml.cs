using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Career;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Spreadsheets;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Projet;

/// <summary>The establishment's summary of the follow-up: per cohort (and school year), at 6 and 12 months, how many
/// left, how many answers are due and known, the count and rate of each situation (<see cref="FollowUpSummary"/>); CSV.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class DevenirSummaryModel(Graduates graduates, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public sealed record Line(string Cohort, string SchoolYear, FollowUpMilestone Milestone, FollowUpSummary Summary);

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var header = new List<SheetCell> { l["Promotion"].Value, l["Année scolaire"].Value, l["Échéance"].Value, l["Sortis"].Value, l["Situations dues"].Value, l["Situations connues"].Value, l["Taux de réponse (%)"].Value };
        foreach (var kind in Enum.GetValues<SituationKind>())
        {
            header.Add(CareerLabels.Kind(kind, l));
            header.Add(l["{0} (%)", CareerLabels.Kind(kind, l)].Value);
        }

        var rows = new List<IReadOnlyList<SheetCell>> { header };
        foreach (var line in Lines)
        {
            var s = line.Summary;
            var row = new List<SheetCell> { line.Cohort, line.SchoolYear, CareerLabels.Milestone(line.Milestone, l), s.Left, s.Due, s.Known, Rate(s.AnswerRate) };
            foreach (var kind in Enum.GetValues<SituationKind>())
            {
                row.Add(s.Counts[kind]);
                row.Add(Rate(s.Rate(kind)));
            }

            rows.Add(row);
        }

        return File(SpreadsheetFile.Csv(rows), "text/csv; charset=utf-8", $"devenir-apprenants-{clock.Today:yyyy-MM-dd}.csv");
    }

    private static SheetCell Rate(int? rate) => rate is { } r ? r : "";

    private async Task LoadAsync()
    {
        var today = clock.Today;
        Lines = (await graduates.LoadAsync()).Where(r => r.LeftOn is not null)
            .GroupBy(r => (r.SchoolYear, r.Cohort)).OrderByDescending(g => g.Key.SchoolYear, StringComparer.Ordinal).ThenBy(g => g.Key.Cohort, StringComparer.Ordinal)
            .SelectMany(g => Enum.GetValues<FollowUpMilestone>().Select(m => new Line(g.Key.Cohort, g.Key.SchoolYear, m,
                FollowUpSummary.Of(g.Select(r => (r.LeftOn!.Value, r.At(m)?.Kind)).ToList(), m, today))))
            .ToList();
    }
}
