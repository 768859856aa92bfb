using System.Net.Mail;

namespace Sillage.Domain.People;

/// <summary>The checks on a person's identity shared by the forms and the CSV import.</summary>
public static class PersonRules
{
    public const int MaxNameLength = 100;

    public static string? CheckName(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{what} manquant.";
        }

        return value.Trim().Length > MaxNameLength ? $"{what} trop long ({MaxNameLength} caractères au plus)." : null;
    }

    public static string? CheckEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Adresse e-mail manquante.";
        }

        var email = value.Trim();
        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.Host.Contains('.', StringComparison.Ordinal)
            ? null
            : $"Adresse e-mail « {email} » invalide.";
    }

    /// <summary>A learner of a post-bac vocational course is old enough to hold a bac and not a centenarian.</summary>
    public static string? CheckBirthDate(DateOnly? value, DateOnly today)
    {
        if (value is not { } date)
        {
            return null;
        }

        var age = today.Year - date.Year - (today < date.AddYears(today.Year - date.Year) ? 1 : 0);
        return age is < 14 or > 100 ? $"Date de naissance {date:dd/MM/yyyy} improbable (âge calculé : {age} ans)." : null;
    }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
