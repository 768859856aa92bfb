using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Certification.Ccf;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>Group projects: created within the group size of the plan, documents, and each member's individual contribution.</summary>
public sealed class CcfProjectTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_teacher_creates_a_project_within_the_group_size_and_a_project_of_one_is_refused()
    {
        var cohort = await CcfTestData.CohortAsync(app);
        var members = new List<Guid>();
        foreach (var i in new[] { 4, 5 })
        {
            members.Add(await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(i)));
        }

        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/certification/ccf/projets?cohorte={cohort}");
        var (fields, _) = (Html.FormFields(page, "#project-form").Fields, 0);
        var before = await app.WithDbAsync(db => db.CcfProjects.CountAsync());
        var alone = await (await teacher.SubmitAsync(page, "#project-form", new() { ["Input.Title"] = "Projet solitaire", ["Input.LearnerIds"] = members[0].ToString() })).ToPageAsync();
        Assert.Contains("Le projet réunit 1 personne(s) ; la situation demande un groupe de 2 à 4.", alone.Errors());
        Assert.Equal(before, await app.WithDbAsync(db => db.CcfProjects.CountAsync()));

        var content = new FormUrlEncodedContent(fields.Where(f => f.Key != "Input.LearnerIds" && f.Key != "Input.Title")
            .Append(new("Input.Title", "Podcast du lycée")).Concat(members.Select(m => new KeyValuePair<string, string>("Input.LearnerIds", m.ToString()))));
        var created = await teacher.PostAsync(page.Url, content);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var project = await app.WithDbAsync(db => db.CcfProjects.AsNoTracking().Include(p => p.Members).SingleAsync(p => p.Title == "Podcast du lycée"));
        Assert.Equal("E1-A", project.SituationCode);
        Assert.Equal(members.Order(), project.Members.Select(m => m.LearnerId).Order());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ccf.project-created" && a.SubjectId == project.Id)));
    }

    [Fact]
    public async Task A_member_writes_their_own_contribution_and_not_another_members_and_a_non_member_sees_nothing()
    {
        var project = await app.WithDbAsync(db => db.CcfProjects.AsNoTracking().Include(p => p.Members).SingleAsync(p => p.Title == CcfDemo.ProjectTitle));
        var me = await CcfTestData.UserAsync(app, Accounts.Learner);
        var learner = await app.SignInAsync(Accounts.Learner);
        var page = await learner.GetPageAsync($"/certification/ccf/projets/{project.Id}");
        var forms = page.FindAll("form.contribution-form").ToList();
        Assert.Equal(me.ToString(), Assert.Single(forms).QuerySelector("input[name=learnerId]")!.GetAttribute("value"));
        var saved = await learner.SubmitAndFollowAsync(page, "form.contribution-form", new() { ["contribution"] = "J'ai piloté l'audit." });
        Assert.Contains("Contribution enregistrée.", saved.Text, StringComparison.Ordinal);

        // Posting for another member is refused, and that member's contribution stays.
        var otherMember = project.Members.First(m => m.LearnerId != me);
        var response = await learner.SubmitAsync(saved, "form.contribution-form", new() { ["learnerId"] = otherMember.LearnerId.ToString(), ["contribution"] = "Réécrit" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(otherMember.Contribution, await app.WithDbAsync(db => db.CcfProjectMembers.Where(m => m.ProjectId == project.Id && m.LearnerId == otherMember.LearnerId).Select(m => m.Contribution).SingleAsync()));

        // A stale form (the project changed meanwhile) is refused.
        var stale = await (await learner.SubmitAsync(page, "form.contribution-form", new() { ["contribution"] = "Version périmée" })).ToPageAsync();
        Assert.Contains(stale.Errors(), e => e.StartsWith("Ce projet a été modifié par quelqu'un d'autre", StringComparison.Ordinal));
        Assert.Equal("J'ai piloté l'audit.", await app.WithDbAsync(db => db.CcfProjectMembers.Where(m => m.ProjectId == project.Id && m.LearnerId == me).Select(m => m.Contribution).SingleAsync()));

        var outsider = await app.SignInAsync(DemoSeeder.LearnerEmail(9));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/certification/ccf/projets/{project.Id}")).StatusCode);
        var otherEstablishment = await app.SignInAsync(Accounts.Other.Teacher);
        Assert.Equal(HttpStatusCode.NotFound, (await otherEstablishment.GetAsync($"/certification/ccf/projets/{project.Id}")).StatusCode);
        Assert.Contains(CcfDemo.ProjectTitle, (await learner.GetPageAsync("/certification/ccf/mes-epreuves")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_uploads_project_documents_with_the_file_checks_and_learners_cannot()
    {
        var project = await app.WithDbAsync(db => db.CcfProjects.AsNoTracking().SingleAsync(p => p.Title == CcfDemo.ProjectTitle));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/certification/ccf/projets/{project.Id}");
        var refused = await (await teacher.SubmitAsync(page, "#document-form", files: new() { ["document"] = ("virus.exe", "MZ\0\0"u8.ToArray(), "application/octet-stream") })).ToPageAsync();
        Assert.NotEmpty(refused.Errors());
        Assert.False(await app.WithDbAsync(db => db.CcfFiles.AnyAsync(f => f.ProjectId == project.Id)));
        var added = await teacher.SubmitAndFollowAsync(page, "#document-form", files: new() { ["document"] = ("maquette.pdf", "%PDF-1.4 maquette"u8.ToArray(), "application/pdf") });
        Assert.Contains("maquette.pdf", added.Find("#documents")!.TextContent, StringComparison.Ordinal);

        var learner = await app.SignInAsync(Accounts.Learner);
        var learnerPage = await learner.GetPageAsync($"/certification/ccf/projets/{project.Id}");
        Assert.Null(learnerPage.Find("#document-form"));
        var file = await app.WithDbAsync(db => db.CcfFiles.Where(f => f.ProjectId == project.Id).Select(f => f.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync($"/certification/ccf/projets/{project.Id}?handler=File&fileId={file}")).StatusCode);
    }
}
