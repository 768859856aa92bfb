using System.Globalization;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification.Ccf;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>Marks as the CCF pages and exports write them: "12,5" (French decimals), a dash when there is none.</summary>
public static class CcfMarkText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Mark(decimal? mark) => mark?.ToString("0.##", French) ?? "—";

    /// <summary>A mark as a form field shows it: "12,5", empty when there is none.</summary>
    public static string? Input(decimal? mark) => mark?.ToString("0.##", French);

    /// <summary>What the rule, or the jury, gives.</summary>
    public static string Outcome(IStringLocalizer l, CcfOutcome outcome) => outcome switch
    {
        CcfOutcome.Passed => l["Favorable"],
        CcfOutcome.NotPassed => l["Défavorable"],
        CcfOutcome.Blocked => l["Bloquée (condition non remplie)"],
        _ => l["Incomplète"],
    };
}
