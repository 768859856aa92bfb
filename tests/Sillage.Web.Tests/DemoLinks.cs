using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Pages.Pfmp;
using Sillage.Web.Pages.Portfolio;

namespace Sillage.Web.Tests;

/// <summary>
/// The links the demo seeds in each establishment (domain <see cref="DemoSeeder.Domain"/> or
/// <see cref="DemoSeeder.SecondDomain"/>): apprenant01's portfolio share link, the tutor link of apprenant03's tutor
/// and the jury member's link to the E1 session. Open the tutor and jury links with the access page's button.
/// </summary>
public static class DemoLinks
{
    public static string Share(string domain) => $"/partage/{DemoSeeder.LinkToken(domain, PortfolioDemo.ShareLinkPurpose)}";

    public static string Tutor(string domain) => $"/tuteur/acces?jeton={DemoSeeder.LinkToken(domain, PfmpDemo.TutorLinkPurpose)}";

    public static string Jury(string domain) => $"/jury/acces?jeton={DemoSeeder.LinkToken(domain, CertificationDemo.JuryLinkPurpose)}";
}
