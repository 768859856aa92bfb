namespace Sillage.Domain.Partners;

/// <summary>Kinds of partnership actions, from the examples of the guide's § 2.3.</summary>
public enum PartnershipKind
{
    /// <summary>Forum des métiers, salon, petit déjeuner d'entreprises.</summary>
    Forum = 1,

    /// <summary>Conférence, table ronde, débat.</summary>
    Conference = 2,

    /// <summary>A professional speaks in class (the 2 h of external speakers of the timetable).</summary>
    Intervention = 3,

    /// <summary>Versement du solde de la taxe d'apprentissage.</summary>
    ApprenticeshipTax = 4,

    /// <summary>Parrainage de promotion.</summary>
    Sponsorship = 5,

    /// <summary>Visite de la structure par les apprenants.</summary>
    Visit = 6,

    /// <summary>Hackathon, concours, remise de diplôme, présentation de projets.</summary>
    Event = 7,
    Other = 8,
}
