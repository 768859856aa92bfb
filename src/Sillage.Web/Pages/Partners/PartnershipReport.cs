using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Spreadsheets;

namespace Sillage.Web.Pages.Partners;

/// <summary>
/// The annual partnership report of an establishment for a school year (1 September to 31 August): events by kind and
/// by partner, learners reached, outside-speaker hours per cohort, apprenticeship-tax amounts per partner (by the
/// school year the amount was given for) and in total, and the partners new this year (whose first event with the
/// establishment falls in the year). The page, the CSV and the PDF show these same figures.
/// </summary>
public sealed record PartnershipReport(
    string Establishment, string Year, DateOnly First, DateOnly Last, int Events,
    IReadOnlyList<PartnershipReport.KindLine> ByKind, IReadOnlyList<PartnershipReport.PartnerLine> ByPartner,
    int LearnersReached, IReadOnlyList<PartnershipReport.CohortHours> SpeakerHours, decimal TaxTotal,
    IReadOnlyList<PartnershipReport.EventLine> EventList)
{
    public sealed record KindLine(PartnershipKind Kind, int Events);

    public sealed record PartnerLine(Guid Id, string Name, int Events, decimal TaxAmount, bool IsNew);

    public sealed record CohortHours(string Cohort, int Sessions, decimal Hours);

    public sealed record EventLine(DateOnly Date, PartnershipKind Kind, string Title, IReadOnlyList<string> Partners, int Learners, decimal? Hours);

    public IEnumerable<PartnerLine> NewPartners => ByPartner.Where(p => p.IsNew);

    public static async Task<PartnershipReport?> LoadAsync(SillageDb db, Guid establishmentId, string year, CancellationToken ct = default)
    {
        if (PartnershipRules.YearBounds(year) is not { } bounds)
        {
            return null;
        }

        var (first, last) = bounds;

        var establishment = await db.Establishments.AsNoTracking().Where(e => e.Id == establishmentId).Select(e => e.Name).SingleOrDefaultAsync(ct);
        if (establishment is null)
        {
            return null;
        }

        // A school's year holds tens of events: read them with their links, then count in memory.
        var events = await db.PartnershipActions.AsNoTracking().Where(a => a.EstablishmentId == establishmentId && a.Date >= first && a.Date <= last)
            .Include(a => a.Partners).Include(a => a.Cohorts).Include(a => a.Learners).AsSplitQuery()
            .OrderBy(a => a.Date).ThenBy(a => a.Title).ThenBy(a => a.Id).ToListAsync(ct);
        var contributions = await db.ApprenticeshipTaxContributions.AsNoTracking()
            .Where(c => c.SchoolYear == year && db.PartnershipActions.Any(a => a.Id == c.ActionId && a.EstablishmentId == establishmentId))
            .Select(c => new { c.HostOrganisationId, c.Amount }).ToListAsync(ct);
        var partnerIds = events.SelectMany(e => e.Partners.Select(p => p.HostOrganisationId)).Concat(contributions.Select(c => c.HostOrganisationId)).Distinct().ToList();
        var partners = await db.HostOrganisations.AsNoTracking().Where(h => partnerIds.Contains(h.Id))
            .Select(h => new
            {
                h.Id, h.Name,
                FirstEvent = db.PartnershipActionPartners.Where(p => p.HostOrganisationId == h.Id)
                    .Join(db.PartnershipActions, p => p.ActionId, a => a.Id, (_, a) => (DateOnly?)a.Date).Min(),
            })
            .ToListAsync(ct);
        var cohortIds = events.SelectMany(e => e.Cohorts.Select(c => c.CohortId)).Distinct().ToList();
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var names = partners.ToDictionary(p => p.Id, p => p.Name);

        var byPartner = partners
            .Select(p => new PartnerLine(p.Id, p.Name, events.Count(e => e.Partners.Any(x => x.HostOrganisationId == p.Id)),
                contributions.Where(c => c.HostOrganisationId == p.Id).Sum(c => c.Amount), p.FirstEvent >= first && p.FirstEvent <= last))
            .OrderByDescending(p => p.Events).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var speakerHours = events.Where(e => e.CountsSpeakerHours)
            .SelectMany(e => e.Cohorts.Select(c => (Cohort: cohorts.GetValueOrDefault(c.CohortId, "?"), Hours: e.Hours!.Value)))
            .GroupBy(x => x.Cohort).Select(g => new CohortHours(g.Key, g.Count(), g.Sum(x => x.Hours)))
            .OrderBy(c => c.Cohort, StringComparer.CurrentCulture).ToList();
        return new PartnershipReport(establishment, year, first, last, events.Count,
            events.GroupBy(e => e.Kind).Select(g => new KindLine(g.Key, g.Count())).OrderByDescending(k => k.Events).ThenBy(k => k.Kind).ToList(),
            byPartner,
            events.SelectMany(e => e.Learners.Select(l => l.LearnerId)).Distinct().Count(),
            speakerHours,
            contributions.Sum(c => c.Amount),
            events.Select(e => new EventLine(e.Date, e.Kind, e.Title,
                e.Partners.Select(p => names.GetValueOrDefault(p.HostOrganisationId, "?")).Order(StringComparer.CurrentCulture).ToList(), e.Learners.Count, e.Hours)).ToList());
    }

    /// <summary>The report as one table for a spreadsheet: a section column, a label, then the figures.</summary>
    public byte[] Csv(IStringLocalizer l)
    {
        var rows = new List<IReadOnlyList<SheetCell>>
        {
            new SheetCell[] { l["Rubrique"].Value, l["Libellé"].Value, l["Nombre"].Value, l["Montant (€)"].Value, l["Heures"].Value },
            new SheetCell[] { l["Année scolaire"].Value, Year, "", "", "" },
            new SheetCell[] { l["Évènements"].Value, l["Total"].Value, Events, "", "" },
            new SheetCell[] { l["Apprenants touchés"].Value, l["Total"].Value, LearnersReached, "", "" },
        };
        rows.AddRange(ByKind.Select(k => (IReadOnlyList<SheetCell>)[l["Par type"].Value, PartnershipLabels.Kind(k.Kind, l), k.Events, "", ""]));
        rows.AddRange(ByPartner.Select(p => (IReadOnlyList<SheetCell>)[l["Par partenaire"].Value, p.Name, p.Events, p.TaxAmount == 0 ? "" : Euros(p.TaxAmount), ""]));
        rows.Add([l["Taxe d'apprentissage"].Value, l["Total"].Value, "", Euros(TaxTotal), ""]);
        rows.AddRange(SpeakerHours.Select(c => (IReadOnlyList<SheetCell>)[l["Heures d'intervenants par promotion"].Value, c.Cohort, c.Sessions, "", Hours(c.Hours)]));
        rows.AddRange(NewPartners.Select(p => (IReadOnlyList<SheetCell>)[l["Nouveaux partenaires"].Value, p.Name, "", "", ""]));
        return SpreadsheetFile.Csv(rows);
    }

    /// <summary>Two decimals whatever the database gave back (SQLite keeps "1500.0", PostgreSQL "1500.00").</summary>
    private static SheetCell Hours(decimal hours) =>
        SheetCell.Number(decimal.Parse(hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture));

    private static SheetCell Euros(decimal amount) => SheetCell.Number(decimal.Round(amount, 2) + 0.00m);
}
