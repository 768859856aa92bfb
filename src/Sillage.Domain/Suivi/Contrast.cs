using System.Globalization;

namespace Sillage.Domain.Suivi;

/// <summary>WCAG 2.1 contrast ratio between two sRGB colours (#rrggbb), to keep the scale readable.</summary>
public static class Contrast
{
    /// <summary>Normal text needs at least 4.5:1 (WCAG 2.1 AA, criterion 1.4.3).</summary>
    public const double MinimumForText = 4.5;

    public static bool IsColor(string? value) =>
        value is { Length: 7 } && value[0] == '#' && value[1..].All(char.IsAsciiHexDigit);

    public static double Ratio(string foreground, string background)
    {
        var a = Luminance(foreground);
        var b = Luminance(background);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string color)
    {
        if (!IsColor(color))
        {
            throw new ArgumentException($"Not a #rrggbb colour: {color}", nameof(color));
        }

        double Channel(int offset)
        {
            var c = int.Parse(color.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
