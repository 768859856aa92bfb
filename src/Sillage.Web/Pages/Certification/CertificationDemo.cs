using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// The certification demo: the cohort requires two pieces before submission; Léa Moreau (apprenant01) has submitted
/// her bloc 1 dossier (the traces that claim bloc 1 compétences, frozen with their files), a teacher commented it
/// before; an anonymised E1 session is open from yesterday for a month with the demo jury member, who also has a jury link.
/// </summary>
public sealed class CertificationDemo(SillageDb db, SnapshotFreezer freezer) : IDemoContributor
{
    public const string SessionTitle = "Épreuve E1 — dossier numérique (démonstration)";

    /// <summary>The session of the tests' second establishment (<see cref="DemoSeeder.SecondEstablishmentSetting"/>).</summary>
    public const string SecondSessionTitle = "Épreuve E1 — dossier numérique (démonstration Marie-Curie)";

    /// <summary>The jury member's link to the session opens with <see cref="DemoSeeder.LinkToken"/>(domain, this).</summary>
    public const string JuryLinkPurpose = "jury";

    public int Order => 50;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var learner = context.Learner(0);
        var teacher = context.Person("prof.eco");
        var coordinator = context.Person("referent");
        var jury = context.Person("jury");
        var block = await db.FrameworkElements.SingleAsync(e => e.FrameworkId == context.FrameworkId && e.Kind == ElementKind.Block && e.Code == "B1", cancellationToken);

        db.SubmissionRequirements.Add(new SubmissionRequirement { CohortId = context.CohortId, MinItems = 2, UpdatedAt = context.Now, UpdatedById = coordinator });

        var elements = (await DossierView.BlockElementsAsync(db, block.Id, cancellationToken)).Select(e => e.Id).ToList();
        var traces = await db.Traces.Where(t => t.LearnerId == learner && t.DeletedAt == null)
            .OrderBy(t => t.ActivityDate)
            .Select(t => new { t.Id, Claims = t.Links.Any(l => elements.Contains(l.ElementId)) })
            .ToListAsync(cancellationToken);
        var chosen = traces.Where(t => t.Claims).Select(t => t.Id).ToList();
        if (chosen.Count < 2)
        {
            chosen = chosen.Concat(traces.Select(t => t.Id).Except(chosen)).Take(2).ToList();
        }

        var created = context.Now.AddDays(-10);
        var dossier = new CertificationDossier { LearnerId = learner, CohortId = context.CohortId, BlockId = block.Id, CreatedAt = created, UpdatedAt = created };
        foreach (var traceId in chosen)
        {
            dossier.Add(DossierItemKind.Trace, traceId, null, null, created);
        }

        db.CertificationDossiers.Add(dossier);
        db.DossierComments.Add(new DossierComment
        {
            DossierId = dossier.Id, AuthorId = teacher, CreatedAt = context.Now.AddDays(-5),
            Body = "Bon choix de traces. Ajoute une phrase d'analyse réflexive à la trace sur le site web avant de soumettre.",
        });
        await db.SaveChangesAsync(cancellationToken);

        var view = await DossierView.LoadAsync(db, dossier, context.Today, cancellationToken);
        await freezer.FreezeAsync(view, cancellationToken);

        var session = new ExamSession
        {
            CohortId = context.CohortId, BlockId = block.Id, Title = context.Pick(SessionTitle, SecondSessionTitle), StartsAt = context.Now.AddDays(-1), EndsAt = context.Now.AddDays(30),
            AnonymizeCandidates = true, CreatedAt = context.Now, CreatedById = coordinator,
        };
        session.Jurors.Add(new ExamJuror { SessionId = session.Id, PersonId = jury });
        SessionsModel.AddCandidates(session, [learner], "2026-E1");
        db.ExamSessions.Add(session);
        var (link, _) = JuryLink.Create(session, jury, coordinator, context.Now)!.Value;
        link.TokenHash = AccessToken.Hash(context.LinkToken(JuryLinkPurpose));
        db.JuryLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
    }
}
