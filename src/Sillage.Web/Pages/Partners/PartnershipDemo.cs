using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Partners;

/// <summary>Ten partnership events of the demo cohort over the past months, with the partners of the PFMP demo: a
/// company breakfast with three partners, a forum, two outside speakers in class, a visit, the cohort's sponsor, a
/// hackathon, a mini-stage in another establishment, a round table and two apprenticeship-tax amounts.</summary>
public sealed class PartnershipDemo(SillageDb db) : IDemoContributor
{
    /// <summary>After the PFMP demo (40), which fills the partner directory.</summary>
    public int Order => 42;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var hosts = await db.HostOrganisations.Where(h => h.EstablishmentId == context.EstablishmentId).ToDictionaryAsync(h => h.Siret ?? h.Name, h => h.Id, cancellationToken);
        // The PFMP demo's structures, by their SIRET (the same in both establishments, under other names).
        Guid Host(string siret) => hosts[siret];
        var lemoine = Host("99900000100019");
        var ateliers = Host("99900000200017");
        var mairie = Host("99900000300015");
        var duval = Host("99900000400013");
        var startOuest = Host("99900000500010");
        var pixel = Host("99900000600018");
        var learners = await db.CohortMembers.Where(m => m.CohortId == context.CohortId && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (_, u) => u).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(cancellationToken);
        Guid[] Learners(int from, int count) => learners.Skip(from).Take(count).ToArray();
        var today = context.Today;
        var year = PartnershipRules.SchoolYearOf(today);
        var speaker1 = context.Pick("Inès Caradec", "Anaïs Leroux");
        var speaker2 = context.Pick("Karim Benali", "Yacine Haddad");

        Event(context, PartnershipKind.Sponsorship, today.AddDays(-70), "Parrainage de la promotion par un cabinet de conseil", null, null, null, null, [lemoine], learners.ToArray());
        Event(context, PartnershipKind.CompanyBreakfast, today.AddDays(-65), "Petit déjeuner d'entreprises : les métiers du numérique", new(8, 0), new(10, 0), "CDI du lycée", null,
            [lemoine, pixel, startOuest], Learners(0, 6));
        Event(context, PartnershipKind.Forum, today.AddDays(-60), "Forum des métiers du numérique", new(9, 0), new(12, 0), "Gymnase du lycée", null, [lemoine, ateliers, mairie], learners.ToArray());
        Event(context, PartnershipKind.Intervention, today.AddDays(-45), "Référencement et e-réputation : retour d'expérience", new(14, 0), new(16, 0), "Salle B12", 2, [pixel], learners.ToArray(), speaker1);
        var tax = Event(context, PartnershipKind.ApprenticeshipTax, today.AddDays(-40), "Solde de la taxe d'apprentissage", null, null, null, null, [lemoine, duval], []);
        tax.Contributions.Add(new ApprenticeshipTaxContribution { ActionId = tax.Id, HostOrganisationId = lemoine, Amount = 1500m, SchoolYear = year });
        tax.Contributions.Add(new ApprenticeshipTaxContribution { ActionId = tax.Id, HostOrganisationId = duval, Amount = 800.50m, SchoolYear = year });
        Event(context, PartnershipKind.Visit, today.AddDays(-30), "Visite de l'imprimerie : la chaîne graphique numérique", new(9, 30), new(11, 30), null, null, [duval], Learners(0, 8));
        Event(context, PartnershipKind.MiniInternship, today.AddDays(-25), "Mini-stage en BTS SIO dans un lycée du réseau", new(8, 0), new(16, 0), context.Pick("Lycée Jean-Moulin", "Lycée Condorcet"), null, [], Learners(6, 2));
        Event(context, PartnershipKind.Intervention, today.AddDays(-20), "Sensibilisation à l'hygiène numérique", new(10, 0), new(12, 0), "Salle B12", 2, [ateliers], learners.ToArray(), speaker2);
        Event(context, PartnershipKind.Hackathon, today.AddDays(-12), "Hackathon inter-établissements", new(9, 0), new(17, 0), "Incubateur", null, [startOuest], Learners(2, 4));
        Event(context, PartnershipKind.RoundTable, today.AddDays(-8), "Table ronde : entreprendre dans le numérique", new(17, 0), new(19, 0), "Salle polyvalente", null, [startOuest, mairie], Learners(0, 3));
        await db.SaveChangesAsync(cancellationToken);
    }

    private PartnershipAction Event(DemoContext context, PartnershipKind kind, DateOnly date, string title, TimeOnly? start, TimeOnly? end, string? place, decimal? hours,
        Guid[] partners, Guid[] learners, string? speaker = null)
    {
        var action = new PartnershipAction
        {
            EstablishmentId = context.EstablishmentId, Kind = kind, Date = date, StartTime = start, EndTime = end, Title = title, Place = place,
            Hours = hours, SpeakerName = speaker, CreatedAt = context.Now, UpdatedAt = context.Now,
        };
        action.Partners.AddRange(partners.Select(p => new PartnershipActionPartner { ActionId = action.Id, HostOrganisationId = p }));
        action.Cohorts.Add(new PartnershipActionCohort { ActionId = action.Id, CohortId = context.CohortId });
        action.Learners.AddRange(learners.Select(l => new PartnershipActionLearner { ActionId = action.Id, LearnerId = l }));
        db.PartnershipActions.Add(action);
        return action;
    }
}
