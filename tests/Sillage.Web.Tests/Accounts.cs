using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests;

/// <summary>The demo accounts of each role, as tests sign in with them: the first establishment's, and
/// <see cref="Other"/>, the second establishment's (no administrator there: that role is global).</summary>
public static class Accounts
{
    public const string Admin = $"admin@{DemoSeeder.Domain}";
    public const string Coordinator = $"referent@{DemoSeeder.Domain}";
    public const string Teacher = $"prof.eco@{DemoSeeder.Domain}";
    public const string Learner = $"apprenant01@{DemoSeeder.Domain}";
    public const string OtherLearner = $"apprenant02@{DemoSeeder.Domain}";
    public const string Tutor = $"tuteur@{DemoSeeder.Domain}";
    public const string Jury = $"jury@{DemoSeeder.Domain}";
    public const string Direction = $"direction@{DemoSeeder.Domain}";

    public static readonly IReadOnlyDictionary<string, string> ByRole = new Dictionary<string, string>
    {
        [Roles.Admin] = Admin,
        [Roles.Coordinator] = Coordinator,
        [Roles.Teacher] = Teacher,
        [Roles.Learner] = Learner,
        [Roles.Tutor] = Tutor,
        [Roles.Jury] = Jury,
        [Roles.Direction] = Direction,
    };

    /// <summary>The second establishment, Lycée Marie-Curie (<see cref="DemoSeeder.SecondDomain"/>).</summary>
    public static class Other
    {
        public const string Coordinator = $"referent@{DemoSeeder.SecondDomain}";
        public const string Teacher = $"prof.eco@{DemoSeeder.SecondDomain}";
        public const string Learner = $"apprenant01@{DemoSeeder.SecondDomain}";
        public const string OtherLearner = $"apprenant02@{DemoSeeder.SecondDomain}";
        public const string Tutor = $"tuteur@{DemoSeeder.SecondDomain}";
        public const string Jury = $"jury@{DemoSeeder.SecondDomain}";
        public const string Direction = $"direction@{DemoSeeder.SecondDomain}";

        public static readonly IReadOnlyDictionary<string, string> ByRole = new Dictionary<string, string>
        {
            [Roles.Coordinator] = Coordinator,
            [Roles.Teacher] = Teacher,
            [Roles.Learner] = Learner,
            [Roles.Tutor] = Tutor,
            [Roles.Jury] = Jury,
            [Roles.Direction] = Direction,
        };
    }
}
