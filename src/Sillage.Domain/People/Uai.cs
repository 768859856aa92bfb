namespace Sillage.Domain.People;

/// <summary>Unité administrative immatriculée: 7 characters (3 for the département, 4 digits) and a check
/// letter computed from the number modulo 23.</summary>
public static class Uai
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static bool IsValid(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var uai = Normalize(value);
        if (uai.Length != 8 || !char.IsAsciiLetterUpper(uai[7]))
        {
            return false;
        }

        // Corsica's départements 2A and 2B keep their letter in the UAI; the checksum reads them as 19 and 18.
        var body = uai[..7];
        var digits = body[..3] switch
        {
            "02A" => "019" + body[3..],
            "02B" => "018" + body[3..],
            _ => body,
        };
        if (!digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var number = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return Letters[(int)(number % 23)] == uai[7];
    }
}
