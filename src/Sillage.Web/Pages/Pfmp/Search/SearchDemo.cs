using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>
/// The search share of the demo: two learners of the demo cohort without a period look for their PFMP
/// (apprenant10 and apprenant11). The first proposed a structure that awaits the référent's validation and applied
/// to it and to three structures of the directory; the second has an accepted application, not yet a period.
/// Every date is on or before the demo's today.
/// </summary>
public sealed class SearchDemo(SillageDb db) : IDemoContributor
{
    /// <summary>The structure apprenant10 proposes, per establishment.</summary>
    public static string ProposedName(bool second) => second ? "Coop'Info Est" : "Atelier Numérique des Pentes";

    public int Order => 43;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        var today = context.Today;
        var hosts = await db.HostOrganisations.Where(h => h.EstablishmentId == context.EstablishmentId && h.Siret != null)
            .ToDictionaryAsync(h => h.Siret!, h => h.Id, cancellationToken);
        Guid Host(string siret) => hosts[siret];
        const string lemoine = "99900000100019", ateliers = "99900000200017", mairie = "99900000300015", duval = "99900000400013", startOuest = "99900000500010", pixel = "99900000600018";

        var searcher = context.Learner(9);
        var proposal = new HostProposal
        {
            EstablishmentId = context.EstablishmentId, LearnerId = searcher, Name = ProposedName(context.IsSecond), Siret = "99900000700016",
            Street = "15 montée de la Grande-Côte", PostalCode = "69001", City = "Lyon",
            ContactFirstName = "Samia", ContactLastName = "Khelifi", ContactPosition = "Gérante",
            ContactEmail = context.IsSecond ? "samia.khelifi@coop-info-est.example" : "samia.khelifi@atelier-pentes.example", ContactPhone = "04 78 00 00 07",
            CreatedAt = now.AddDays(-20), UpdatedAt = now.AddDays(-20),
        };
        db.HostProposals.Add(proposal);
        db.PfmpApplications.AddRange(
            Application(searcher, Host(mairie), null, today.AddDays(-28), ApplicationChannel.Email, ApplicationAnswer.Refused, null, null, "Pas d'accueil de stagiaire cette année.", now),
            Application(searcher, Host(pixel), null, today.AddDays(-21), ApplicationChannel.OnlineForm, ApplicationAnswer.Waiting, "Relancer par téléphone", today.AddDays(3), null, now),
            Application(searcher, null, proposal.Id, today.AddDays(-18), ApplicationChannel.Visit, ApplicationAnswer.Interview, "Entretien avec la gérante", today.AddDays(5), "CV déposé sur place ; préparer une présentation de mes projets.", now),
            Application(searcher, Host(startOuest), null, today.AddDays(-7), ApplicationChannel.Phone, ApplicationAnswer.Waiting, null, null, null, now));

        var accepted = context.Learner(10);
        db.PfmpApplications.AddRange(
            Application(accepted, Host(duval), null, today.AddDays(-35), ApplicationChannel.Letter, ApplicationAnswer.Refused, null, null, null, now),
            Application(accepted, Host(lemoine), null, today.AddDays(-30), ApplicationChannel.Email, ApplicationAnswer.Waiting, null, null, "Réponse promise après leurs recrutements.", now),
            Application(accepted, Host(ateliers), null, today.AddDays(-24), ApplicationChannel.Network, ApplicationAnswer.Accepted, "Convention à préparer avec le référent", today.AddDays(2),
                "Rencontré au forum des métiers ; accueil possible à partir de janvier.", now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static PfmpApplication Application(Guid learner, Guid? host, Guid? proposal, DateOnly on, ApplicationChannel channel, ApplicationAnswer answer,
        string? nextStep, DateOnly? nextStepOn, string? notes, DateTime now) => new()
    {
        LearnerId = learner, HostOrganisationId = host, ProposalId = proposal, AppliedOn = on, Channel = channel, Answer = answer,
        NextStep = nextStep, NextStepOn = nextStepOn, Notes = notes, CreatedAt = now, UpdatedAt = now,
    };
}
