using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Career;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Projet;

/// <summary>
/// Projets professionnels for four demo learners (one with a step a teacher added during a formative interview, one
/// linked to their traces and PFMP), Pix profiles for two and a Pix certification for one. The situations after the
/// training belong to a past cohort (<see cref="FollowUpDemo"/>).
/// </summary>
public sealed class ProjetDemo(SillageDb db) : IDemoContributor
{
    public int Order => 65;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var today = context.Today;
        var first = context.Learner(0);
        var second = context.Learner(1);
        var project = Project(context, first, "Technicien(ne) d'assistance informatique", "Associations et collectivités", null,
            "J'aime expliquer et dépanner ; je préfère les petites structures où l'on touche à tout.",
            [("Participer au forum des métiers du numérique", today.AddDays(20), false), ("Demander un entretien à la DSI de la mairie", today.AddDays(-10), true)]);
        var traces = await db.Traces.Where(t => t.LearnerId == first && t.DeletedAt == null).OrderByDescending(t => t.ActivityDate).Select(t => t.Id).Take(2).ToListAsync(cancellationToken);
        project.Links.AddRange(traces.Select(t => new ProjectLink { ProjectId = project.Id, Kind = ProjectLinkKind.Trace, TargetId = t }));
        var period = await db.PfmpPeriods.Where(p => p.LearnerId == first).OrderBy(p => p.Start).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (period is { } p)
        {
            project.Links.Add(new ProjectLink { ProjectId = project.Id, Kind = ProjectLinkKind.Period, TargetId = p });
        }

        var withNote = Project(context, second, null, "Communication numérique", "BTS Communication",
            "La PFMP m'a montré que j'aime rédiger pour le web plus que gérer le parc.",
            [("Visiter les portes ouvertes du BTS", today.AddMonths(2), false)]);
        var interview = await db.Interviews.Where(i => i.LearnerId == second).OrderBy(i => i.HeldOn).Select(i => new { i.Id, i.HeldOn, i.AuthorId }).FirstOrDefaultAsync(cancellationToken);
        if (interview is not null)
        {
            withNote.Steps.Add(new ProjectStep
            {
                ProjectId = withNote.Id, Description = "Se renseigner sur le BTS en alternance (rythme, employeurs du secteur)", TargetOn = today.AddMonths(1),
                InterviewId = interview.Id, InterviewHeldOn = interview.HeldOn, AddedById = interview.AuthorId, AddedAt = context.Now, SortOrder = 5,
            });
            withNote.Touch(interview.AuthorId, context.Now, ProjectChange.AddedInInterview, interview.Id);
        }

        Project(context, context.Learner(3), "Assistant(e) web et réseaux sociaux", null, null, null,
            [("Mettre à jour mon profil professionnel en ligne", today.AddDays(14), false)]);
        Project(context, context.Learner(7), null, "Cybersécurité", "Licence professionnelle métiers des réseaux", "Je suis rigoureux et j'aime les procédures.",
            [("Passer la certification Pix", today.AddMonths(3), false)]);

        db.PixResults.Add(Profile(context, first, today.AddDays(-30), 290, ("1.1", 3), ("1.2", 2), ("1.3", 2), ("2.1", 3), ("2.2", 3), ("2.3", 2), ("2.4", 2),
            ("3.1", 3), ("3.2", 2), ("3.3", 2), ("4.1", 2), ("4.2", 3), ("4.3", 1), ("5.1", 2), ("5.2", 2)));
        db.PixResults.Add(Profile(context, second, today.AddDays(-12), 160, ("1.1", 2), ("2.1", 3), ("2.2", 4), ("3.1", 3), ("3.2", 4), ("4.2", 2)));
        db.PixResults.Add(new PixResult
        {
            LearnerId = context.Learner(7), Kind = PixResultKind.Certification, TakenOn = today.AddDays(-40), Score = 412,
            CertificateNumber = context.Pick("P-7XK4M2QD", "P-9RT3L8ZA"), RecordedAt = context.Now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private ProfessionalProject Project(DemoContext context, Guid learner, string? occupation, string? sector, string? studies, string? self,
        IEnumerable<(string Text, DateOnly Target, bool Done)> steps)
    {
        var project = new ProfessionalProject { LearnerId = learner, Occupation = occupation, Sector = sector, FurtherStudies = studies, SelfKnowledge = self, Version = 0 };
        var order = 0;
        foreach (var (text, target, done) in steps)
        {
            project.Steps.Add(new ProjectStep { ProjectId = project.Id, Description = text, TargetOn = target, Done = done, AddedById = learner, AddedAt = context.Now, SortOrder = order++ });
        }

        project.Touch(learner, context.Now.AddDays(-7), ProjectChange.Edited);
        db.ProfessionalProjects.Add(project);
        return project;
    }

    private static PixResult Profile(DemoContext context, Guid learner, DateOnly takenOn, int score, params (string Code, int Level)[] levels)
    {
        var result = new PixResult { LearnerId = learner, Kind = PixResultKind.Profile, TakenOn = takenOn, Score = score, RecordedAt = context.Now };
        result.Levels.AddRange(levels.Select(l => new PixCompetenceLevel { ResultId = result.Id, CompetenceCode = l.Code, Level = l.Level }));
        return result;
    }
}
