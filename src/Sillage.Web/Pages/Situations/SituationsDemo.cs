using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Organisations;
using Sillage.Domain.Resources;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Situations;

/// <summary>The demo cohort works on the VosRêves situations of the guide: situation 1 (group A) is over,
/// situations 2 (group B) and 3 (everyone) are under way in November, situation 4 comes after Christmas.
/// Situation 5 is left unassigned so that the coverage matrix shows what is not covered yet. The teaching team has
/// adapted a copy of situation 1 (with a document and a resource of its own library) and described a local partner
/// organisation; each establishment has its own.</summary>
public sealed class SituationsDemo(SillageDb db, SituationFiles files, SituationImporter importer, IFileStore store) : IDemoContributor
{
    public int Order => 20;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var situations = await db.Situations.Where(s => s.Code != null && s.Code.StartsWith("vosreves-situation-"))
            .ToDictionaryAsync(s => s.Code!, s => s.Id, cancellationToken);
        var groups = await db.Groups.Where(g => g.CohortId == context.CohortId).ToDictionaryAsync(g => g.Name, g => g.Id, cancellationToken);
        var teacher = context.Person("prof.eco");
        var plan = new (string Code, AssignmentScope Scope, string? Group, DateOnly Start, DateOnly End)[]
        {
            ("vosreves-situation-1", AssignmentScope.Group, "Groupe A", new(2026, 10, 5), new(2026, 10, 16)),
            ("vosreves-situation-2", AssignmentScope.Group, "Groupe B", new(2026, 11, 9), new(2026, 12, 4)),
            ("vosreves-situation-3", AssignmentScope.Cohort, null, new(2026, 11, 2), new(2026, 11, 27)),
            ("vosreves-situation-4", AssignmentScope.Cohort, null, new(2027, 1, 4), new(2027, 2, 12)),
        };
        foreach (var (code, scope, group, start, end) in plan)
        {
            if (!situations.TryGetValue(code, out var situationId) || (group is not null && !groups.ContainsKey(group)))
            {
                continue;
            }

            db.SituationAssignments.Add(new SituationAssignment
            {
                SituationId = situationId, CohortId = context.CohortId, Scope = scope, GroupId = group is null ? null : groups[group],
                Start = start, End = end, AssignedById = teacher, AssignedAt = context.Now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (situations.TryGetValue("vosreves-situation-1", out var first))
        {
            await AdaptedCopyAsync(first, context, teacher, cancellationToken);
        }

        var partner = LocalPartner(context);
        db.Organisations.Add(partner);
        if (context.IsSecond)
        {
            // The tests' second establishment holds one of each kind of record, an organisation's document included.
            db.OrganisationDocuments.Add(await DocumentAsync(partner.Id, "Règlement intérieur de la ludothèque", "reglement-ludotheque.md", teacher, context.Now, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<OrganisationDocument> DocumentAsync(Guid organisationId, string title, string fileName, Guid author, DateTime now, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes($"# {title}\n\nDocument fictif de démonstration.\n");
        var key = FileKeys.New("organisations", now);
        using (var stream = new MemoryStream(bytes))
        {
            await store.SaveAsync(key, stream, "text/markdown; charset=utf-8", cancellationToken);
        }

        return new OrganisationDocument
        {
            OrganisationId = organisationId, Title = title, FileName = fileName, ContentType = "text/markdown; charset=utf-8", Size = bytes.Length, FileKey = key,
            UploadedAt = now, UploadedById = author,
        };
    }

    /// <summary>A copy of situation 1 the team adapted: modalities, restitution and the procedure the mission mentions.</summary>
    private async Task AdaptedCopyAsync(Guid sourceId, DemoContext context, Guid teacher, CancellationToken cancellationToken)
    {
        var source = (await files.LoadAsync(sourceId, cancellationToken))!;
        var file = await files.ToFileAsync(source, export: true, cancellationToken);
        file.Title = source.Title + context.Pick(" (adaptée au lycée)", " (version Marie-Curie)");
        var result = await importer.ImportAsync(SituationFileReader.Write(file), context.EstablishmentId, teacher,
            new Message("Copie de « {0} » (version {1})", source.Title, source.Version), duplicatedFromId: sourceId, cancellationToken: cancellationToken);
        db.ChangeTracker.Clear();
        var copy = (await files.LoadAsync(result.Situations[0].Id, cancellationToken))!;
        copy.Modalities = SituationModality.Group | SituationModality.Project;
        copy.Restitution = "Présentation orale de l'avancement du projet à la fin de la situation (5 minutes par groupe), support numérique à l'appui.";
        copy.Touch(teacher, context.Now);
        await files.RecordVersionAsync(copy, new Message("Informations générales modifiées"), teacher, cancellationToken);

        var text = "# Procédure de mise à jour du site Web (démonstration)\n\n1. Se connecter à l'interface d'administration du CMS.\n"
                   + "2. Créer la page de l'offre dans la rubrique « Séjours professionnels ».\n3. Respecter la charte graphique.\n"
                   + "4. Faire relire la page par M. Latour avant publication.\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var key = FileKeys.New("situations", context.Now);
        using (var stream = new MemoryStream(bytes))
        {
            await store.SaveAsync(key, stream, "text/markdown; charset=utf-8", cancellationToken);
        }

        db.SituationDocuments.Add(new SituationDocument
        {
            SituationId = copy.Id, MissionId = copy.ActiveMissions.First().Id, Title = "Procédure de mise à jour du site Web",
            FileName = "procedure-mise-a-jour-site.md", ContentType = "text/markdown; charset=utf-8", Size = bytes.Length, FileKey = key,
            UploadedAt = context.Now, UploadedById = teacher,
        });

        // A resource of the establishment's own library, attached to the adapted copy.
        var resource = new Resource
        {
            EstablishmentId = context.EstablishmentId, Title = context.Pick("Charte graphique du site VosRêves (lycée Jules-Verne)", "Charte graphique du site VosRêves (lycée Marie-Curie)"),
            Url = "https://example.org/charte-graphique-vosreves", Publisher = "Équipe pédagogique",
            Description = "Couleurs, typographies et gabarits de page à respecter pour toute publication sur le site (ressource fictive de démonstration).",
            CreatedAt = context.Now, Competences = [new ResourceCompetence { FrameworkCode = "mc-sno", ElementCode = "C1.1" }],
        };
        db.Resources.Add(resource);
        db.SituationResources.Add(new SituationResource { SituationId = copy.Id, ResourceId = resource.Id });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A fictional local structure for project work with a real partner (guide, part 2.3).</summary>
    private static Organisation LocalPartner(DemoContext context)
    {
        var organisation = new Organisation
        {
            Name = context.Pick("Médiathèque de Ville fictive", "Ludothèque de Bourg fictif"),
            EstablishmentId = context.EstablishmentId,
            Kind = OrganisationKind.Real,
            Activity = context.Pick("Lecture publique", "Prêt de jeux") + ", ateliers d'initiation au numérique (organisation fictive de démonstration)",
            Context = context.Pick("La médiathèque", "La ludothèque") + " accueille les habitants et propose chaque semaine des ateliers d'initiation au numérique. "
                      + "Elle souhaite que les apprenants de la MC l'aident à tenir à jour son site et à accompagner les usagers.",
            InformationSystem = "Site Web sous CMS, portail de réservation en ligne, dix postes publics, messagerie collaborative.",
            CreatedAt = context.Now,
        };
        organisation.Sites.Add(new OrganisationSite { OrganisationId = organisation.Id, Name = "Centre-ville", Description = context.Pick("Médiathèque principale", "Ludothèque principale") });
        var director = new OrganisationPerson { OrganisationId = organisation.Id, Name = context.Pick("Mme Aubert", "Mme Royer"), Role = "Directrice", Site = "Centre-ville", SortOrder = 0 };
        organisation.People.Add(director);
        organisation.People.Add(new OrganisationPerson { OrganisationId = organisation.Id, Name = context.Pick("M. Caron", "M. Lacombe"), Role = "Responsable numérique", Site = "Centre-ville", ReportsToId = director.Id, SortOrder = 1 });
        return organisation;
    }
}
