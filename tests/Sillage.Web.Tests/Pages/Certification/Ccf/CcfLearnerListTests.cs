using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The CCF pages offer the same learners of a cohort (<see cref="Sillage.Web.Pages.Certification.Ccf.CcfLearners"/>):
/// active accounts of the cohort's establishment only — a deactivated learner, or an account of the other
/// establishment listed in the cohort by mistake, is neither a candidate, a project member nor a row of the overview.</summary>
public sealed class CcfLearnerListTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Sitting_form_projects_and_overview_offer_only_active_learners_of_the_establishment()
    {
        var cohortId = await CcfTestData.CohortAsync(app);
        var otherEstablishment = await app.EstablishmentOfAsync(Accounts.Other.Coordinator);
        var (left, stranger) = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
            var left = Learner(db, cohortId, "Partie", cohort.EstablishmentId);
            left.DeactivatedAt = DateTime.UtcNow;
            var stranger = Learner(db, cohortId, "Étrangère", otherEstablishment);
            await db.SaveChangesAsync();
            return (left.Id, stranger.Id);
        });

        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        foreach (var url in new[] { $"/certification/ccf/passages/planifier?cohorte={cohortId}", $"/certification/ccf/projets?cohorte={cohortId}", $"/certification/ccf?cohorte={cohortId}" })
        {
            var page = await coordinator.GetPageAsync(url);
            var html = page.Document.DocumentElement.OuterHtml;
            Assert.Contains("Moreau", page.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(left.ToString(), html, StringComparison.Ordinal);
            Assert.DoesNotContain("Partie", html, StringComparison.Ordinal);
            Assert.DoesNotContain(stranger.ToString(), html, StringComparison.Ordinal);
            Assert.DoesNotContain("Étrangère", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_candidate_deactivated_after_being_convened_stays_on_the_sitting_when_it_is_edited_and_on_the_record()
    {
        var cohortId = await CcfTestData.CohortAsync(app);
        var (convened, left) = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
            var convened = Learner(db, cohortId, "Convoquée", cohort.EstablishmentId);
            var left = Learner(db, cohortId, "Sortie", cohort.EstablishmentId);
            left.DeactivatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
            return (convened, left.Id);
        });
        var sitting = await CcfTestData.AddSittingAsync(app, "E1", "E1-A", new DateTime(2026, 12, 21, 8, 0, 0), 40, convened.Email!);
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == convened.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, DateTime.UtcNow));
            return 0;
        });

        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var edit = await coordinator.GetPageAsync($"/certification/ccf/passages/{sitting.Id}/modifier");
        var box = edit.Find($"#learner-{convened.Id}");
        Assert.NotNull(box);
        Assert.True(box.HasAttribute("checked"));
        Assert.Contains("compte désactivé", edit.Find($"label[for='learner-{convened.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(edit.Find($"#learner-{left}"));

        var saved = await coordinator.SubmitAndFollowAsync(edit, "#sitting-form", new() { ["Input.Room"] = "Salle D2" });
        Assert.True(saved.Text.Contains("Passage modifié.", StringComparison.Ordinal), string.Join(" | ", saved.Errors()));
        Assert.True(await app.WithDbAsync(db => db.CcfCandidates.AnyAsync(c => c.SittingId == sitting.Id && c.LearnerId == convened.Id)));

        // The session's table keeps the candidate; a learner who left without being convened is not a row.
        var record = await coordinator.GetPageAsync($"/certification/ccf/jury?cohorte={cohortId}");
        Assert.Contains("Convoquée", record.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sortie", record.Text, StringComparison.Ordinal);
    }

    private static User Learner(SillageDb db, Guid cohortId, string lastName, Guid? establishmentId)
    {
        var email = $"{lastName.ToLowerInvariant()}@liste.example";
        var user = new User { FirstName = "Lou", LastName = lastName, Email = email, UserName = email, EstablishmentId = establishmentId };
        db.Users.Add(user);
        db.CohortMembers.Add(new CohortMember { CohortId = cohortId, PersonId = user.Id, Role = CohortRole.Learner, JoinedAt = DateTime.UtcNow });
        return user;
    }
}
