using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// Canvases a learner can start a trace from (issue 20, item 7): the activity report the guide describes in 3.3.2 —
/// situate the action in a process, the production, the method followed, what was discovered —, an entry of the PFMP
/// journal, a reflective analysis and the presentation of an organisation. A canvas only fills the new trace's body
/// with headings and the questions to answer under each; the learner replaces the questions with their text.
/// </summary>
public static class TraceTemplates
{
    /// <summary>A canvas: its slug in <c>?modele=</c>, the kind and context it sets, its name, and its sections
    /// (a heading and the question under it), all French catalogue keys.</summary>
    public sealed record Template(string Slug, TraceKind Kind, TraceContext? Context, string Name, string Purpose, IReadOnlyList<(string Heading, string Question)> Sections);

    public static readonly IReadOnlyList<Template> All =
    [
        new("compte-rendu", TraceKind.ActivityReport, null, "Compte rendu d'activité",
            "Situer votre action dans un processus, décrire votre production et la démarche suivie, dire ce que vous avez appris.",
            [
                ("Le contexte et la demande", "Pour qui avez-vous travaillé, dans quelle organisation, quelle était la demande et dans quel processus s'inscrit-elle ?"),
                ("Ma production", "Qu'avez-vous réalisé (page, document, paramétrage, procédure…) ? Joignez-la ou ajoutez une capture."),
                ("La démarche suivie", "Quelles étapes, quels outils, quelles personnes sollicitées ? Quelles difficultés, et comment les avez-vous surmontées ?"),
                ("Ma progression", "Que savez-vous faire maintenant que vous ne saviez pas faire avant ? Quels mots du métier avez-vous appris ? Que vous reste-t-il à travailler ?"),
            ]),
        new("journal-pfmp", TraceKind.ActivityReport, TraceContext.Pfmp, "Entrée du journal de PFMP",
            "Garder la trace d'une journée ou d'une semaine en entreprise pendant qu'elle est fraîche.",
            [
                ("Le service et les personnes", "Dans quel service étiez-vous, avec qui avez-vous travaillé ?"),
                ("Les tâches réalisées", "Qu'avez-vous fait, pour qui, avec quels outils ?"),
                ("Une difficulté et sa solution", "Qu'est-ce qui vous a posé problème, et comment l'avez-vous résolu (seul(e), avec votre tuteur…) ?"),
                ("Ce que je retiens", "Qu'avez-vous découvert du métier ou de l'organisation ? Quelle compétence avez-vous mobilisée ?"),
            ]),
        new("analyse-reflexive", TraceKind.Reflection, null, "Analyse réflexive",
            "Revenir sur une activité pour comprendre vos choix et ce que vous feriez autrement.",
            [
                ("La situation", "Décrivez en quelques phrases l'activité sur laquelle vous revenez."),
                ("Ce qui a fonctionné", "Quels choix ont été les bons, et pourquoi ?"),
                ("Ce qui n'a pas fonctionné", "Qu'est-ce qui a résisté ? Qu'en avez-vous compris ?"),
                ("La prochaine fois", "Que feriez-vous autrement ? Que devez-vous encore apprendre ?"),
            ]),
        new("presentation-organisation", TraceKind.OrganisationPresentation, null, "Présentation d'une organisation",
            "Présenter une organisation où vous avez travaillé ou que vous avez étudiée.",
            [
                ("L'organisation", "Nom, activité, statut, taille, implantation, clients ou usagers."),
                ("Son organisation interne", "Les services, l'organigramme, la place du numérique."),
                ("Ses outils numériques", "Site web, réseaux sociaux, applications métier, poste de travail, sécurité."),
                ("Ce que j'y ai observé ou fait", "Votre place dans l'organisation et les services numériques que vous avez rendus."),
            ]),
    ];

    public static Template? Find(string? slug) => All.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.Ordinal));

    /// <summary>The canvas as Markdown in the user's language: a second-level heading per section and its question in italics.</summary>
    public static string Body(Template template, IStringLocalizer<Text> l) =>
        string.Join("\n", template.Sections.Select(s => $"## {l[s.Heading]}\n\n_{l[s.Question]}_\n"));
}
