namespace Sillage.Domain.Partners;

/// <summary>Kinds of partnership events, from the guide's § 2.3. Stored as numbers: existing values never change,
/// new ones are added at the end.</summary>
public enum PartnershipKind
{
    /// <summary>Forum des métiers, salon.</summary>
    Forum = 1,

    /// <summary>Conférence.</summary>
    Conference = 2,

    /// <summary>A professional speaks in class (the outside-speaker hours of the timetable).</summary>
    Intervention = 3,

    /// <summary>Versement du solde de la taxe d'apprentissage.</summary>
    ApprenticeshipTax = 4,

    /// <summary>Parrainage de promotion.</summary>
    Sponsorship = 5,

    /// <summary>Visite de la structure par les apprenants.</summary>
    Visit = 6,

    /// <summary>Concours, présentation de projets, other events (hackathons and ceremonies have their own kinds since).</summary>
    Event = 7,
    Other = 8,

    /// <summary>Petit déjeuner d'entreprises.</summary>
    CompanyBreakfast = 9,

    /// <summary>Table ronde.</summary>
    RoundTable = 10,
    Hackathon = 11,

    /// <summary>Remise de diplômes.</summary>
    DiplomaCeremony = 12,

    /// <summary>Réseau d'établissements : mini-stage dans un autre établissement.</summary>
    MiniInternship = 13,

    /// <summary>Réseau d'établissements : visite d'un autre établissement.</summary>
    EstablishmentVisit = 14,
}
