using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Pfmp;

/// <summary>The demo's PFMP data as the tests look it up (see PfmpDemo).</summary>
public static class PfmpLookups
{
    public static string LearnerEmail(int index) => DemoSeeder.LearnerEmail(index);

    /// <summary>The learner's first period (by start date), optionally at a given structure.</summary>
    public static Task<Guid> PeriodAsync(this SillageApp app, int learnerIndex, string? host = null, int skip = 0) => app.WithDbAsync(async db =>
    {
        var email = DemoSeeder.LearnerEmail(learnerIndex);
        var learner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var hostId = host is null ? (Guid?)null : await db.HostOrganisations.Where(h => h.Name == host).Select(h => h.Id).SingleAsync();
        return await db.PfmpPeriods.Where(p => p.LearnerId == learner && (hostId == null || p.HostOrganisationId == hostId))
            .OrderBy(p => p.Start).Skip(skip).Select(p => p.Id).FirstAsync();
    });

    public static Task<ConventionStatus> ConventionStatusAsync(this SillageApp app, Guid periodId) =>
        app.WithDbAsync(db => db.PfmpConventions.Where(c => c.PeriodId == periodId).Select(c => c.Status).SingleAsync());

    /// <summary>The référent creates a tutor link on the period's tutor-access page and reads it from the page (shown once).</summary>
    public static async Task<string> CreateTutorLinkAsync(this SillageApp app, Guid periodId)
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/pfmp/periodes/{periodId}/acces-tuteur");
        var after = await referent.SubmitAndFollowAsync(page, "form[action*='handler=Link']");
        var link = after.Find("#tutor-link")?.TextContent ?? throw new InvalidOperationException("No tutor link shown: " + string.Join(" | ", after.Errors()));
        return new Uri(link).PathAndQuery;
    }

    /// <summary>An anonymous browser that opens a tutor link and presses the button.</summary>
    public static async Task<HttpClient> OpenTutorLinkAsync(this SillageApp app, string link)
    {
        var client = app.Anonymous();
        var page = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var response = await client.SubmitAsync(page, "main form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tuteur", response.Headers.Location!.OriginalString);
        return client;
    }
}
