using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Certification.Ccf;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>A group project's members change after its creation — added, removed, within the situation's group size —
/// only by the cohort's team and only while no grid of the project's sitting is signed; every change is audited and a
/// stale form is refused.</summary>
public sealed class CcfProjectMemberTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_teacher_adds_and_removes_members_within_the_group_size_and_each_change_is_audited()
    {
        var project = await AddProjectAsync("Projet à recomposer", 4, 5);
        var newcomer = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(6));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/certification/ccf/projets/{project}");

        // Removing one of two members would leave a project of one: refused, nothing changes.
        var alone = await (await teacher.SubmitAsync(page, "form.remove-member-form")).ToPageAsync();
        Assert.Contains("Le projet réunit 1 personne(s) ; la situation demande un groupe de 2 à 4.", alone.Errors());
        Assert.Equal(2, await MemberCountAsync(project));

        // A learner of the other establishment is not offered and cannot be posted.
        var stranger = await CcfTestData.UserAsync(app, Accounts.Other.Learner);
        var refused = await (await teacher.SubmitAsync(page, "#add-member-form", new() { ["learnerId"] = stranger.ToString() })).ToPageAsync();
        Assert.Contains("Choisissez un apprenant de la promotion qui n'est pas déjà membre du projet.", refused.Errors());
        Assert.Equal(2, await MemberCountAsync(project));

        page = await teacher.SubmitAndFollowAsync(page, "#add-member-form", new() { ["learnerId"] = newcomer.ToString() });
        Assert.Equal(3, await MemberCountAsync(project));
        Assert.Equal(3, page.FindAll("section.member").Count());

        // A form read before the addition is stale: refused, not merged.
        var stale = await (await teacher.SubmitAsync(page, "form.remove-member-form", new() { ["version"] = "1" })).ToPageAsync();
        Assert.Contains(stale.Errors(), e => e.StartsWith("Ce projet a été modifié par quelqu'un d'autre", StringComparison.Ordinal));
        Assert.Equal(3, await MemberCountAsync(project));

        await teacher.SubmitAndFollowAsync(page, "form.remove-member-form", new() { ["learnerId"] = newcomer.ToString() });
        Assert.False(await app.WithDbAsync(db => db.CcfProjectMembers.AnyAsync(m => m.ProjectId == project && m.LearnerId == newcomer)));
        Assert.Equal(2, await MemberCountAsync(project));
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectId == project).Select(a => a.Action).ToListAsync());
        Assert.Contains("ccf.project-member-added", actions);
        Assert.Contains("ccf.project-member-removed", actions);
    }

    [Fact]
    public async Task A_project_at_the_situations_largest_group_offers_nobody_else_and_refuses_a_fifth_member()
    {
        var project = await AddProjectAsync("Projet complet", 7, 8, 9);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/certification/ccf/projets/{project}");
        Assert.Null(page.Find("#members-full"));
        var fourth = page.Find("#add-member-form option")!.GetAttribute("value")!;
        var fifth = page.FindAll("#add-member-form option").Select(o => o.GetAttribute("value")!).First(v => v != fourth);
        var before = page;
        page = await teacher.SubmitAndFollowAsync(page, "#add-member-form", new() { ["learnerId"] = fourth });
        Assert.Equal(4, await MemberCountAsync(project));

        Assert.Null(page.Find("#add-member-form"));
        Assert.Contains("Le projet compte déjà 4 membres, le maximum de la situation.", page.Find("#members-full")!.TextContent, StringComparison.Ordinal);
        // Posted anyway (a form kept from before, with the current version): refused by the group size.
        var version = await app.WithDbAsync(db => db.CcfProjects.Where(p => p.Id == project).Select(p => p.Version).SingleAsync());
        var refused = await (await teacher.SubmitAsync(before, "#add-member-form",
            new() { ["learnerId"] = fifth, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToPageAsync();
        Assert.Contains(refused.Errors(), e => e.StartsWith("Le projet réunit 5 personne(s)", StringComparison.Ordinal));
        Assert.Equal(4, await MemberCountAsync(project));
    }

    [Fact]
    public async Task Once_a_grid_of_the_projects_sitting_is_signed_its_members_no_longer_change()
    {
        // apprenant12's E1-A grid is signed in the demo (CcfGradingDemo).
        var project = await AddProjectAsync("Projet déjà évalué", CcfGradingDemo.LearnerIndex, 7, 8);
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync($"/certification/ccf/projets/{project}");
        Assert.NotNull(page.Find("#members-locked"));
        Assert.Null(page.Find("#add-member-form"));
        Assert.Null(page.Find("form.remove-member-form"));

        var learner = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(8));
        var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["learnerId"] = learner.ToString(), ["version"] = "1",
            ["__RequestVerificationToken"] = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        });
        var removed = await (await coordinator.PostAsync($"/certification/ccf/projets/{project}?handler=RemoveMember", content)).ToPageAsync();
        Assert.Contains("Une grille d'évaluation de ce projet est déjà signée : ses membres ne peuvent plus changer.", removed.Errors());
        Assert.Equal(3, await MemberCountAsync(project));
    }

    [Fact]
    public async Task A_member_the_other_establishment_and_a_tutor_cannot_change_the_members()
    {
        var project = await app.WithDbAsync(db => db.CcfProjects.Where(p => p.Title == CcfDemo.ProjectTitle).Select(p => p.Id).SingleAsync());
        var before = await MemberCountAsync(project);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/certification/ccf/projets/{project}");
        var member = form.Find("form.remove-member-form input[name=learnerId]")!.GetAttribute("value")!;
        var joinable = form.Find("#add-member-form option")!.GetAttribute("value")!;

        foreach (var email in new[] { Accounts.Learner, Accounts.Other.Teacher, Accounts.Other.Coordinator, Accounts.Tutor })
        {
            var client = await app.SignInAsync(email);
            var token = await AntiforgeryAsync(client);
            foreach (var (handler, learner) in new[] { ("AddMember", joinable), ("RemoveMember", member) })
            {
                var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["learnerId"] = learner, ["version"] = "1", ["__RequestVerificationToken"] = token });
                var response = await client.PostAsync($"/certification/ccf/projets/{project}?handler={handler}", content);
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{email} {handler}: {response.StatusCode}");
            }
        }

        Assert.Equal(before, await MemberCountAsync(project));
    }

    /// <summary>Any page of the app gives the client's antiforgery token (the account page is open to every role).</summary>
    private static async Task<string> AntiforgeryAsync(HttpClient client) =>
        (await client.GetPageAsync("/compte")).Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private Task<int> MemberCountAsync(Guid project) => app.WithDbAsync(db => db.CcfProjectMembers.CountAsync(m => m.ProjectId == project));

    private async Task<Guid> AddProjectAsync(string title, params int[] learners)
    {
        var cohort = await CcfTestData.CohortAsync(app);
        var creator = await CcfTestData.UserAsync(app, Accounts.Coordinator);
        var project = new CcfProject { CohortId = cohort, SituationCode = "E1-A", Title = title, CreatedAt = DateTime.UtcNow, CreatedById = creator };
        foreach (var index in learners)
        {
            project.Members.Add(new CcfProjectMember { ProjectId = project.Id, LearnerId = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(index)) });
        }

        await app.WithDbAsync(async db =>
        {
            db.CcfProjects.Add(project);
            await db.SaveChangesAsync();
        });
        return project.Id;
    }
}
