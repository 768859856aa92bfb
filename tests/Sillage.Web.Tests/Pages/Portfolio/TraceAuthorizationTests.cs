using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Portfolio;

/// <summary>Nobody learns of a trace outside their scope: every address answers 404, ids guessed or not.</summary>
public sealed class TraceAuthorizationTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Owner = DemoSeeder.LearnerEmail(3);
    private static readonly string Other = DemoSeeder.LearnerEmail(4);

    private async Task<(HttpClient Owner, Guid Trace, Guid Attachment)> TraceWithAttachmentAsync()
    {
        var owner = await app.SignInAsync(Owner);
        var id = await owner.CreateAsync("Trace privée", "Contenu privé.");
        var page = await owner.GetPageAsync($"/dossier/traces/{id}/pieces");
        await owner.SubmitAsync(page, "#upload-form", files: new() { ["files"] = ("note.txt", "bonjour"u8.ToArray(), "text/plain") });
        var attachment = await app.WithDbAsync(db => db.Attachments.Where(a => a.TraceId == id).Select(a => a.Id).SingleAsync());
        return (owner, id, attachment);
    }

    [Fact]
    public async Task A_learner_can_neither_read_nor_change_another_learners_trace_or_attachment()
    {
        var (_, trace, attachment) = await TraceWithAttachmentAsync();
        var other = await app.SignInAsync(Other);
        foreach (var url in new[]
                 {
                     $"/dossier/traces/{trace}", $"/dossier/traces/{trace}/modifier", $"/dossier/traces/{trace}/competences",
                     $"/dossier/traces/{trace}/pieces", $"/dossier/traces/{trace}/versions", $"/dossier/pieces/{attachment}",
                     $"/dossier/{await app.UserIdAsync(Owner)}", $"/dossier/competences/{await app.UserIdAsync(Owner)}",
                 })
        {
            Assert.True(HttpStatusCode.NotFound == (await other.GetAsync(url)).StatusCode, url);
        }

        // Posting to the handlers with the other learner's own antiforgery token changes nothing.
        var ownPage = await other.GetPageAsync("/dossier/nouvelle");
        var token = ownPage.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var handler in new[]
                 {
                     $"/dossier/traces/{trace}/modifier", $"/dossier/traces/{trace}/modifier?handler=Autosave", $"/dossier/traces/{trace}/modifier?handler=Delete",
                     $"/dossier/traces/{trace}?handler=Request", $"/dossier/traces/{trace}?handler=Comment", $"/dossier/traces/{trace}/competences?handler=Add",
                     $"/dossier/traces/{trace}/pieces?handler=Delete", $"/dossier/traces/{trace}/versions?handler=Restore",
                 })
        {
            var response = await other.PostAsync(handler, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Title"] = "piraté", ["Input.Body"] = "piraté", ["body"] = "piraté", ["version"] = "1", ["attachmentId"] = attachment.ToString(),
            }));
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, handler);
        }

        var unchanged = await app.LoadAsync(trace);
        Assert.Equal("Contenu privé.", unchanged.Body);
        Assert.Null(unchanged.DeletedAt);
        Assert.Equal(0, await app.WithDbAsync(db => db.TraceDrafts.CountAsync(d => d.TraceId == trace)));
    }

    [Fact]
    public async Task A_random_id_answers_404_like_another_learners_trace()
    {
        var other = await app.SignInAsync(Other);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/dossier/traces/{Guid.CreateVersion7()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/dossier/pieces/{Guid.CreateVersion7()}")).StatusCode);
    }

    [Fact]
    public async Task A_teacher_reads_the_traces_of_their_cohorts_only()
    {
        var (_, trace, attachment) = await TraceWithAttachmentAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/dossier/traces/{trace}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/dossier/pieces/{attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/dossier/traces/{trace}/modifier")).StatusCode);

        // A teacher of another cohort only.
        var outsider = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var other = new Cohort { Name = "Autre promotion", SchoolYear = "2026-2027", EstablishmentId = cohort.EstablishmentId, FrameworkId = cohort.FrameworkId };
            db.Cohorts.Add(other);
            var gestion = await db.Users.SingleAsync(u => u.Email == $"prof.anglais@{DemoSeeder.Domain}");
            await db.CohortMembers.Where(m => m.PersonId == gestion.Id).ExecuteDeleteAsync();
            db.CohortMembers.Add(new CohortMember { CohortId = other.Id, PersonId = gestion.Id, Role = CohortRole.Teacher });
            await db.SaveChangesAsync();
            return gestion.Email!;
        });
        var stranger = await app.SignInAsync(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/dossier/traces/{trace}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/dossier/pieces/{attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/dossier/{await app.UserIdAsync(Owner)}")).StatusCode);
    }

    [Fact]
    public async Task Tutors_and_jury_cannot_open_dossiers()
    {
        var (_, trace, _) = await TraceWithAttachmentAsync();
        foreach (var email in new[] { Accounts.Tutor, Accounts.Jury })
        {
            var client = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/dossier/traces/{trace}")).StatusCode);
        }
    }
}
