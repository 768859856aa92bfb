using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.Partners.Events;

/// <summary>The partnership events of a school year, filtered by kind, partner and cohort. Managers see and edit
/// the establishment's; teachers read those of their cohorts.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SillageDb db, PartnershipAccess access, PfmpAccess pfmp, CohortAccess cohorts, SchoolClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "annee")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public PartnershipKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "partenaire")]
    public Guid? Partner { get; set; }

    [BindProperty(SupportsGet = true, Name = "promotion")]
    public Guid? Cohort { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Partners { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public IReadOnlyList<string> Years { get; private set; } = [];
    public bool CanManage => access.IsManagement;

    public sealed record Row(Guid Id, DateOnly Date, TimeOnly? Start, TimeOnly? End, PartnershipKind Kind, string Title, string? Place, decimal? Hours,
        string? Speaker, List<string> Partners, List<string> Cohorts, int Learners);

    /// <summary>The events of a school year (1 September to 31 August): the home page counts them too.</summary>
    public static IQueryable<PartnershipAction> InYear(IQueryable<PartnershipAction> events, string year)
    {
        var (first, last) = PartnershipRules.YearBounds(year)!.Value;
        return events.Where(a => a.Date >= first && a.Date <= last);
    }

    public async Task OnGetAsync()
    {
        var current = PartnershipRules.SchoolYearOf(clock.Today);
        if (PartnershipRules.YearBounds(Year) is null)
        {
            Year = current;
        }

        var start = int.Parse(current[..4], System.Globalization.CultureInfo.InvariantCulture);
        Years = Enumerable.Range(0, 6).Select(i => $"{start + 1 - i}-{start + 2 - i}").ToList();
        var events = InYear(access.VisibleEvents().AsNoTracking(), Year!);
        if (Kind is { } kind)
        {
            events = events.Where(a => a.Kind == kind);
        }

        if (Partner is { } partner)
        {
            events = events.Where(a => a.Partners.Any(p => p.HostOrganisationId == partner));
        }

        if (Cohort is { } cohort)
        {
            events = events.Where(a => a.Cohorts.Any(c => c.CohortId == cohort));
        }

        Rows = await events.OrderByDescending(a => a.Date).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new Row(a.Id, a.Date, a.StartTime, a.EndTime, a.Kind, a.Title, a.Place, a.Hours, a.SpeakerName,
                a.Partners.Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (_, h) => h.Name).OrderBy(n => n).ToList(),
                a.Cohorts.Join(db.Cohorts, c => c.CohortId, c => c.Id, (_, c) => c.Name).OrderBy(n => n).ToList(),
                a.Learners.Count))
            .ToListAsync();
        Partners = (await pfmp.VisibleHosts().AsNoTracking().OrderBy(h => h.Name).Select(h => new { h.Id, h.Name }).ToListAsync())
            .Select(h => (h.Id, h.Name)).ToList();
        Cohorts = (await cohorts.VisibleCohorts().AsNoTracking().OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync())
            .Select(c => (c.Id, c.Name)).ToList();
    }
}
