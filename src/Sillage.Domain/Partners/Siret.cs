namespace Sillage.Domain.Partners;

/// <summary>
/// The SIRET of an establishment (INSEE): 14 digits, the SIREN of the company (9) then the NIC (5), with a Luhn
/// checksum over the 14 digits. La Poste's establishments share the SIREN 356 000 000 and are numbered beyond
/// what Luhn allows: theirs are valid when the sum of their digits is a multiple of 5.
/// </summary>
public static class Siret
{
    public const string LaPosteSiren = "356000000";

    /// <summary>Digits only: spaces (also non-breaking), dots and dashes that people type are dropped.</summary>
    public static string Normalize(string value) =>
        new(value.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '\u00a0' or '\u202f')).ToArray());

    public static bool IsValid(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var siret = Normalize(value);
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
        {
            return false;
        }

        return Luhn(siret) || (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal) && siret.Sum(c => c - '0') % 5 == 0);
    }

    /// <summary>The message when the value is not a SIRET, null when it is (or is empty: the SIRET is optional).</summary>
    public static Message? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var siret = Normalize(value);
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
        {
            return new Message("SIRET « {0} » invalide : il compte 14 chiffres (SIREN à 9 chiffres puis NIC à 5 chiffres).", value.Trim());
        }

        return IsValid(siret) ? null : new Message("SIRET « {0} » invalide : la clé de contrôle ne correspond pas (erreur de frappe ?).", value.Trim());
    }

    /// <summary>"123 456 789 00012", as the INSEE directory prints it.</summary>
    public static string Format(string siret) =>
        siret.Length == 14 ? $"{siret[..3]} {siret[3..6]} {siret[6..9]} {siret[9..]}" : siret;

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
