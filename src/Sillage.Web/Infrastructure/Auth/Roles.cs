namespace Sillage.Web.Infrastructure.Auth;

/// <summary>The seven roles of the platform. Names are stored in the database; labels are shown.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    public const string Teacher = "Teacher";
    public const string Learner = "Learner";
    public const string Tutor = "Tutor";
    public const string Jury = "Jury";

    /// <summary>The establishment's head (chef d'établissement, DDFPT): reads its dashboards, signs PFMP conventions
    /// for it, changes nothing else (docs/team.md).</summary>
    public const string Direction = "Direction";

    public static readonly IReadOnlyList<string> All = [Admin, Coordinator, Teacher, Learner, Tutor, Jury, Direction];

    /// <summary>The French label; the English one comes from the localisation catalogue.</summary>
    public static string Label(string role) => role switch
    {
        Admin => "Administrateur",
        Coordinator => "Référent de la MC",
        Teacher => "Enseignant",
        Learner => "Apprenant",
        Tutor => "Tuteur",
        Jury => "Jury",
        Direction => "Direction (chef d'établissement, DDFPT)",
        _ => role,
    };
}
