using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests;

/// <summary>The demo accounts of each role, as tests sign in with them.</summary>
public static class Accounts
{
    public const string Admin = $"admin@{DemoSeeder.Domain}";
    public const string Coordinator = $"referent@{DemoSeeder.Domain}";
    public const string Teacher = $"prof.eco@{DemoSeeder.Domain}";
    public const string Learner = $"apprenant01@{DemoSeeder.Domain}";
    public const string OtherLearner = $"apprenant02@{DemoSeeder.Domain}";
    public const string Tutor = $"tuteur@{DemoSeeder.Domain}";
    public const string Jury = $"jury@{DemoSeeder.Domain}";

    public static readonly IReadOnlyDictionary<string, string> ByRole = new Dictionary<string, string>
    {
        [Roles.Admin] = Admin,
        [Roles.Coordinator] = Coordinator,
        [Roles.Teacher] = Teacher,
        [Roles.Learner] = Learner,
        [Roles.Tutor] = Tutor,
        [Roles.Jury] = Jury,
    };
}
