using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The demo's traces: the missions of the VosRêves situations of the guide (section 3.4), written as a
/// learner would, with the competences each mission mobilises.</summary>
internal static class PortfolioDemoTraces
{
    public sealed record Template(string Title, TraceKind Kind, TraceContext Context, string? ContextLabel, string Tags, string Body,
        (string Code, string Justification, int? Level)[] Links);

    public static readonly Template[] All =
    [
        new("Mise en ligne de l'offre « séjours professionnels » sur le site de VosRêves", TraceKind.ActivityReport, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 1", "CMS, site web, charte graphique",
            """
            ## Contexte
            VosRêves lance une gamme de séjours pour les professionnels (comités d'entreprise, voyages d'affaires, associations). M. Latour m'a demandé de publier la nouvelle offre sur le site de l'agence, géré avec un CMS.

            ## Ce que j'ai fait
            - J'ai relu la **description de l'offre** et la procédure de mise à jour du site.
            - J'ai créé une page « Séjours professionnels » en respectant la charte graphique (couleurs, police, logo).
            - J'ai ajouté les mentions obligatoires et vérifié que les photos étaient libres de droits.
            - J'ai mis à jour la documentation technique du site (arborescence, nouvelle page).

            ## Difficultés et solutions
            Le modèle de page du CMS cassait le tableau des tarifs sur téléphone : j'ai remplacé le tableau par une liste, plus lisible.

            ## Ce que j'en retiens
            Avant de publier, il faut faire valider le contenu par le responsable : j'ai appris à présenter mes modifications sur un site de test.
            """,
            [("C1.1", "J'ai mis à jour le site de l'organisation avec un CMS en respectant la charte et la réglementation.", 3),
             ("C1.1.2", "La page des offres est actualisée avec les informations fournies par la direction.", 3),
             ("C1.1.3", "J'ai utilisé le gestionnaire de contenu et vérifié les droits sur les images.", 2)]),
        new("Communication de la nouvelle offre sur les réseaux sociaux", TraceKind.ActivityReport, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 1", "réseaux sociaux, e-réputation, charte éditoriale",
            """
            ## Contexte
            Une fois l'offre en ligne, il fallait la faire connaître auprès des professionnels.

            ## Ce que j'ai fait
            1. J'ai comparé LinkedIn, Instagram et Facebook selon le public visé : **LinkedIn** est le plus adapté aux entreprises.
            2. J'ai rédigé trois publications conformes à la charte éditoriale, avec un lien vers la page de l'offre.
            3. J'ai mis en place une alerte sur le nom « VosRêves » pour suivre les avis et les commentaires.

            ## Ce que j'en retiens
            Le choix du réseau doit être argumenté ; le suivi des réactions fait partie du travail, pas seulement la publication.
            """,
            [("C1.2", "J'ai argumenté le choix des réseaux et publié des messages adaptés à l'image de VosRêves.", 2),
             ("C1.2.2", "J'ai mis en place une veille sur les avis et commentaires concernant l'agence.", 2)]),
        new("Installation des applications sur le poste du nouveau commercial", TraceKind.ActivityReport, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 2", "parc applicatif, installation, inventaire",
            """
            ## Contexte
            Un nouveau commercial arrive pour développer l'offre aux professionnels. Son ordinateur portable doit être prêt le jour de son arrivée.

            ## Ce que j'ai fait
            - J'ai suivi l'**inventaire des applications** à installer (suite bureautique, client de messagerie, logiciel de réservation, VPN).
            - J'ai appliqué les procédures d'installation et testé chaque application avec un compte de test.
            - J'ai mis à jour la documentation du parc applicatif (version, licence, date d'installation).

            ## Difficultés et solutions
            Le logiciel de réservation demandait une version plus récente du framework : j'ai trouvé la procédure dans la documentation de l'éditeur.

            ## Ce que j'en retiens
            Tenir l'inventaire à jour évite de chercher plus tard quelle version est installée sur quel poste.
            """,
            [("C2.1", "Les applications métier sont installées, testées et documentées dans l'inventaire du parc.", 3),
             ("C2.1.1", "J'ai mis à jour la documentation du parc applicatif.", 3)]),
        new("Habilitations du nouveau collaborateur et matrice des droits", TraceKind.ActivityReport, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 2", "habilitations, droits d'accès, sécurité",
            """
            ## Contexte
            Le nouveau commercial doit accéder aux dossiers clients et à l'intranet, mais pas à la comptabilité.

            ## Ce que j'ai fait
            - J'ai lu la procédure de gestion des droits d'accès.
            - J'ai créé son compte dans le groupe « Commerciaux » et vérifié les droits sur chaque dossier partagé.
            - J'ai ajouté une ligne dans la **matrice des habilitations** et fait valider par M. Lemoine.

            ## Ce que j'en retiens
            Le principe du moindre privilège : donner seulement les accès nécessaires au poste, et garder une trace de chaque changement.
            """,
            [("C2.3", "J'ai attribué des droits adaptés au profil et mis à jour la matrice des habilitations.", 2),
             ("C2.3.2", "Gestion du profil utilisateur et des autorisations d'accès du nouveau commercial.", 2),
             ("C2.1.2", "J'ai administré les comptes dans l'application métier.", 2)]),
        new("Accès à distance sécurisé aux ressources de l'agence", TraceKind.ActivityReport, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 2", "VPN, télétravail, sécurité",
            """
            ## Contexte
            Les commerciaux travaillent souvent en déplacement. Ils doivent accéder aux ressources partagées de manière sécurisée.

            ## Ce que j'ai fait
            - J'ai installé et configuré le client VPN selon la procédure de sécurité des accès à distance.
            - J'ai testé l'accès aux ressources partagées depuis un réseau extérieur.
            - J'ai expliqué au commercial comment se connecter et ce qu'il ne faut pas faire (Wi-Fi public sans VPN).

            ## Ce que j'en retiens
            La sécurité passe aussi par l'explication aux utilisateurs, pas seulement par la technique.
            """,
            [("C2.3.1", "J'ai appliqué la procédure de sécurité des accès à distance.", 2),
             ("C2.2.2", "Le commercial peut travailler à distance sur les ressources partagées.", 3)]),
        new("Modèle de document et publication sur l'intranet de la nouvelle offre", TraceKind.Production, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 2", "gestion documentaire, intranet, modèle",
            """
            ## Production
            Un **modèle de document** pour les propositions commerciales de la nouvelle offre, et son classement sur l'intranet.

            ## Démarche
            - J'ai respecté la charte graphique et les règles de gestion documentaire (nommage, dossiers, versions).
            - J'ai publié les documents sur l'intranet avec des droits d'accès conformes aux besoins (lecture pour tous, modification pour les commerciaux).
            - La matrice des habilitations a été mise à jour.
            """,
            [("C2.2", "Le modèle est publié, classé selon les règles de l'entreprise et accessible aux bonnes personnes.", 3),
             ("C2.2.1", "Stockage, organisation et partage des documents de l'offre.", 3)]),
        new("Support de sensibilisation : hameçonnage, spams et vol de matériel", TraceKind.Production, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 3", "cybersécurité, hameçonnage, sensibilisation, anglais",
            """
            ## Contexte
            VosRêves a subi un envoi massif de courriels non désirés. La direction veut sensibiliser les salariés.

            ## Production
            Un support de formation numérique intégré à l'intranet : reconnaître un courriel d'hameçonnage, réagir à un spam, protéger sa tablette et son téléphone.

            ## Démarche
            - Je me suis appuyé(e) sur le guide des bonnes pratiques de l'informatique.
            - J'ai adapté en français une fiche technique rédigée en **anglais** sur les attaques par hameçonnage.
            - J'ai testé le support avec deux collègues avant de le publier.
            """,
            [("C3.2", "Le support forme les salariés aux règles d'hygiène numérique.", 3),
             ("C3.2.1", "Formation des utilisateurs aux bons réflexes face à l'hameçonnage.", 3),
             ("C3.3.1", "J'ai adapté en français une documentation technique en anglais.", 2)]),
        new("Analyse du processus de gestion des congés et cahier des charges", TraceKind.ActivityReport, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 4", "gestion de projet, PGI, cahier des charges",
            """
            ## Contexte
            Les congés sont saisis deux fois (par les responsables d'agence puis par M. Latour) : perte de temps et erreurs. La direction a acheté le module de gestion des congés du PGI.

            ## Ce que j'ai fait
            - J'ai modélisé le processus actuel et repéré les doubles saisies.
            - J'ai rédigé le **cahier des charges** avec les besoins des responsables d'agence.
            - J'ai recensé les données à migrer depuis les feuilles de calcul.
            - J'ai planifié le projet avec un outil de gestion de projet (diagramme de Gantt).

            ## Ce que j'en retiens
            Interroger les utilisateurs avant d'écrire le cahier des charges évite d'oublier des besoins.
            """,
            [("C1.3", "Cahier des charges, planification et documentation du projet de gestion des congés.", 2),
             ("C1.3.1", "J'ai participé à la définition du cahier des charges.", 2),
             ("C1.3.3", "Planification avec un outil de gestion de projet.", 2)]),
        new("Guide utilisateur du module de gestion des congés", TraceKind.Production, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 4", "guide utilisateur, accompagnement, PGI",
            """
            ## Production
            Un guide pas à pas pour déposer une demande de congés et, pour les responsables, l'approuver en quelques clics. Il est publié sur l'intranet.

            ## Démarche
            - Captures d'écran annotées, une tâche par page.
            - Une foire aux questions à partir des premières questions reçues au support.
            - Une présentation numérique pour la réunion de direction.
            """,
            [("C3.1", "Ressource d'accompagnement créée et diffusée aux utilisateurs du PGI.", 3),
             ("C3.1.1", "Création et diffusion du guide sur l'intranet.", 3),
             ("C3.1.2", "J'ai répondu aux premières questions des utilisateurs.", 2)]),
        new("Veille : carte mentale des solutions de paiement en ligne", TraceKind.Production, TraceContext.SituationProfessionnelle,
            "VosRêves — situation 5", "veille, paiement en ligne, sécurité des transactions",
            """
            ## Contexte
            La direction veut sécuriser les transactions et comparer plusieurs offres de paiement en ligne, dont celle proposée par sa banque.

            ## Production
            Une carte mentale comparant les solutions : frais, sécurité (3-D Secure), intégration au site, services aux clients.

            ## Ce que j'en retiens
            Une veille pertinente cite ses sources et les date ; j'ai mis en place des alertes pour la tenir à jour.
            """,
            [("C3.1.3", "Veille professionnelle et technologique sur les solutions de paiement.", 2)]),
        new("Présentation de l'organisation VosRêves", TraceKind.OrganisationPresentation, TraceContext.Formation,
            "Contexte fil rouge", "organisation, organigramme",
            """
            VosRêves est une agence de **voyages de luxe** vers les États-Unis et la Polynésie française, créée en 1999 et dirigée par M. Latour. Elle a un siège à Paris et trois agences (Bordeaux, Lyon, Marseille).

            - 15 salariés : conseillers multilingues, commerciaux, responsables d'agence.
            - Un administrateur SI, M. Lemoine.
            - Un intranet donne accès aux applications de réservation.

            L'agence recrute grâce aux nouvelles lignes aériennes directes : l'accueil des nouveaux salariés et la sécurité du système d'information sont des enjeux forts.
            """,
            []),
        new("Ce que j'ai appris en travaillant en mode projet", TraceKind.Reflection, TraceContext.Formation,
            null, "réflexion, mode projet, communication",
            """
            En travaillant sur le projet de gestion des congés, j'ai compris que **communiquer** est aussi important que la technique : compte rendu de réunion, point d'avancement, messages clairs.

            Au début, je ne documentais pas mes choix. Après le retour de mon enseignant, je tiens un journal de bord : ce que j'ai fait, pourquoi, ce qui reste à faire.

            Mon axe de progrès : estimer le temps des tâches ; j'ai souvent sous-estimé les tests.
            """,
            [("C1.3.4", "Je communique l'avancement du projet par des comptes rendus.", 2),
             ("C1.3.2", "Je documente mes choix dans un journal de bord.", 2)]),
    ];
}
