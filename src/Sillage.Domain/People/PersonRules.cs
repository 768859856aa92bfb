using System.Net.Mail;

namespace Sillage.Domain.People;

/// <summary>The checks on a person's identity shared by the forms and the CSV import.</summary>
public static class PersonRules
{
    public const int MaxNameLength = 100;

    /// <summary>The longest e-mail address an account or a contact keeps.</summary>
    public const int MaxEmailLength = 256;
    public const int MinAge = 10;
    public const int MaxAge = 100;

    /// <param name="value">The name typed.</param>
    /// <param name="what">Which name, as the message starts with it ("Nom", "Prénom").</param>
    public static Message? CheckName(string? value, Message what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new Message("{0} manquant.", what);
        }

        return value.Trim().Length > MaxNameLength ? new Message("{0} trop long ({1} caractères au plus).", what, MaxNameLength) : null;
    }

    public static Message? CheckEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new Message("Adresse e-mail manquante.");
        }

        var email = value.Trim();
        if (email.Length > MaxEmailLength)
        {
            return new Message("Adresse e-mail trop longue ({0} caractères au plus).", MaxEmailLength);
        }

        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.Host.Contains('.', StringComparison.Ordinal)
            ? null
            : new Message("Adresse e-mail « {0} » invalide.", email);
    }

    /// <summary>A birth date in the future, or giving an age outside 10–100 years at the start of the school year
    /// (1 September), is a typing error.</summary>
    public static Message? CheckBirthDate(DateOnly? value, DateOnly today)
    {
        if (value is not { } date)
        {
            return null;
        }

        if (date > today)
        {
            return new Message("Date de naissance {0:dd/MM/yyyy} dans le futur : vérifiez l'année.", date);
        }

        var yearStart = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);
        var age = yearStart.Year - date.Year - (yearStart < date.AddYears(yearStart.Year - date.Year) ? 1 : 0);
        return age is < MinAge or > MaxAge
            ? new Message("Date de naissance {0:dd/MM/yyyy} improbable : la personne aurait moins de {1} ans ou plus de {2} ans à la rentrée. Vérifiez l'année.", date, MinAge, MaxAge)
            : null;
    }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
