using Microsoft.Extensions.Localization;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>The capacities in which people act on a convention. Each event stores its capacity in French (the
/// convention's history is kept as it was written); pages show it through the catalogue.</summary>
public static class ConventionCapacities
{
    public const string Referent = "référent de la MC";
    public const string Admin = "administrateur";
    public const string Head = "chef d'établissement";
    public const string Teacher = "enseignant";
    public const string Tutor = "tuteur";
    public const string Learner = "apprenant(e)";

    public static readonly IReadOnlyList<string> All = [Referent, Admin, Head, Teacher, Tutor, Learner];

    /// <summary>The stored capacity in the request's language; a capacity written otherwise is shown as stored.</summary>
    public static string Label(IStringLocalizer l, string stored) => All.Contains(stored) ? l[stored] : stored;
}
