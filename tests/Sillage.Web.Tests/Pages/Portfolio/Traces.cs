using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Tests.Pages.Portfolio;

/// <summary>Builders for portfolio tests: traces written through the pages, as a learner does.</summary>
public static class Traces
{
    public static async Task<Guid> CreateAsync(this HttpClient learner, string title, string body = "Texte de la trace.", string? tags = null)
    {
        var page = await learner.GetPageAsync("/dossier/nouvelle");
        var response = await learner.SubmitAsync(page, "#trace-form", new()
        {
            ["Input.Title"] = title,
            ["Input.Body"] = body,
            ["Input.Tags"] = tags ?? "",
            ["Input.ActivityDate"] = "2026-11-10",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        return Guid.Parse(location.Split('/').Last());
    }

    public static Task<Trace> LoadAsync(this SillageApp app, Guid id) =>
        app.WithDbAsync(db => db.Traces.AsNoTracking().SingleAsync(t => t.Id == id));

    public static Task<Guid> UserIdAsync(this SillageApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<Guid> ElementIdAsync(this SillageApp app, string code) =>
        app.WithDbAsync(db => db.FrameworkElements.Where(e => e.Code == code && db.Cohorts.Any(c => c.FrameworkId == e.FrameworkId)).Select(e => e.Id).FirstAsync());
}
