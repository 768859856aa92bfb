using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Resources;
using Sillage.Domain.Situations;

namespace Sillage.Web.Tests.Pages.Resources;

/// <summary>Each resource says whom it is for; learners never see one meant for teachers — not in the library, not in
/// a search, not on a situation or a mission.</summary>
public sealed class ResourceAudienceTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string TeacherCourse = "Parcours M@gistère « Systèmes d'information et outils numériques »";

    [Fact]
    public async Task Shipped_teacher_training_courses_are_for_teachers_and_the_rest_for_everyone()
    {
        var audiences = await app.WithDbAsync(db => db.Resources.Where(r => r.Code != null).ToDictionaryAsync(r => r.Code!, r => r.Audience));
        Assert.Equal(ResourceAudience.Teachers, audiences["magistere-si-outils-numeriques"]);
        Assert.Equal(ResourceAudience.Teachers, audiences["mooc-fun-snt"]);
        Assert.Equal(ResourceAudience.Everyone, audiences["cnil-outils-conformite"]);
        Assert.Equal(ResourceAudience.Everyone, audiences["anssi-secnumacademie"]);
    }

    [Fact]
    public async Task A_learner_never_sees_a_teacher_resource_in_the_library_or_a_search()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Contains(TeacherCourse, (await teacher.GetPageAsync("/ressources")).Text, StringComparison.Ordinal);
        var list = await learner.GetPageAsync("/ressources");
        Assert.DoesNotContain(TeacherCourse, list.Text, StringComparison.Ordinal);
        Assert.Contains("Les outils de la conformité (RGPD)", list.Text, StringComparison.Ordinal);
        var search = await learner.GetPageAsync("/ressources?q=outils%20numeriques");
        Assert.DoesNotContain(TeacherCourse, search.Text, StringComparison.Ordinal);
        Assert.Contains(TeacherCourse, (await teacher.GetPageAsync("/ressources?q=outils%20numeriques")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(TeacherCourse, (await learner.GetPageAsync("/ressources?competence=mc-sno:C2.1")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_does_not_see_a_teacher_resource_attached_to_their_situation_or_mission()
    {
        var (situation, mission) = await app.WithDbAsync(async db =>
        {
            var s1 = await db.Situations.SingleAsync(s => s.Code == "vosreves-situation-1");
            var m1 = await db.Missions.Where(m => m.SituationId == s1.Id).OrderBy(m => m.SortOrder).Select(m => m.Id).FirstAsync();
            var course = await db.Resources.Where(r => r.Code == "magistere-si-outils-numeriques").Select(r => r.Id).SingleAsync();
            db.SituationResources.Add(new SituationResource { SituationId = s1.Id, ResourceId = course, SortOrder = 5 });
            db.SituationResources.Add(new SituationResource { SituationId = s1.Id, MissionId = m1, ResourceId = course, SortOrder = 6 });
            await db.SaveChangesAsync();
            return (s1.Id, m1);
        });

        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Contains(TeacherCourse, (await teacher.GetPageAsync($"/situations/{situation}")).Text, StringComparison.Ordinal);
        var learner = await app.SignInAsync(Accounts.Learner);
        var page = await learner.GetPageAsync($"/situations/{situation}");
        Assert.Contains("Sécurité informatique et cybercriminalité", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(TeacherCourse, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(TeacherCourse, (await learner.GetPageAsync($"/situations/{situation}/missions/{mission}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_sets_the_audience_and_the_learners_list_follows_it()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync("/ressources/editer");
        var refused = await teacher.SubmitAndFollowAsync(form, "#resource-form", new() { ["Input.Title"] = "Tutoriel PGI pour l'équipe", ["Input.Audience"] = "42" });
        Assert.Contains("La valeur « 42 » n'est pas valide.", refused.Errors());
        Assert.False(await app.WithDbAsync(db => db.Resources.AnyAsync(r => r.Title == "Tutoriel PGI pour l'équipe")));

        await teacher.SubmitAndFollowAsync(form, "#resource-form", new() { ["Input.Title"] = "Tutoriel PGI pour l'équipe", ["Input.Audience"] = nameof(ResourceAudience.Teachers) });
        var id = await app.WithDbAsync(db => db.Resources.Where(r => r.Title == "Tutoriel PGI pour l'équipe").Select(r => new { r.Id, r.Audience }).SingleAsync());
        Assert.Equal(ResourceAudience.Teachers, id.Audience);
        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.DoesNotContain("Tutoriel PGI pour l'équipe", (await learner.GetPageAsync("/ressources")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/ressources/editer/{id.Id}")).StatusCode);

        var edit = await teacher.GetPageAsync($"/ressources/editer/{id.Id}");
        Assert.NotNull(edit.Find("#audience-Teachers[checked]"));
        await teacher.SubmitAndFollowAsync(edit, "#resource-form", new() { ["Input.Audience"] = nameof(ResourceAudience.Everyone) });
        Assert.Contains("Tutoriel PGI pour l'équipe", (await learner.GetPageAsync("/ressources")).Text, StringComparison.Ordinal);
    }
}
