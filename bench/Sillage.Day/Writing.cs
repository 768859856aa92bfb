namespace Sillage.Day;

/// <summary>What the virtual learners type: French sentences (accents included, so that encoding is exercised).</summary>
public static class Writing
{
    private static readonly string[] Sentences =
    [
        "J'ai mis à jour la page des offres du site VosRêves avec le client.",
        "Nous avons vérifié ensemble le respect du RGPD dans le formulaire de contact.",
        "J'ai rédigé la fiche produit et choisi les photos avec ma tutrice.",
        "Le client voulait une présentation plus claire des tarifs : j'ai proposé un tableau.",
        "J'ai répondu à trois demandes de clients par courriel en reformulant leurs besoins.",
        "J'ai préparé le bilan de la campagne sur les réseaux sociaux et ses chiffres.",
        "Ce que j'en retiens : poser les questions avant de commencer, pas après.",
        "Difficulté rencontrée : l'extension de paiement refusait la mise à jour.",
        "J'ai testé le parcours d'achat sur mobile et noté cinq défauts.",
        "Avec l'équipe, nous avons planifié les publications de la semaine.",
    ];

    public static string Sentence(Random random) => Sentences[random.Next(Sentences.Length)];

    public static string Title(Random random, string who, int n) => $"{Sentence(random)[..24].TrimEnd()} — {who} n° {n}";
}
