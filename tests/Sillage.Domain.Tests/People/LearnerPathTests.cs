using Sillage.Domain.People;

namespace Sillage.Domain.Tests.People;

public sealed class LearnerPathTests
{
    [Theory]
    [InlineData("AP", LearnerStatus.Apprentice)]
    [InlineData("ap ", LearnerStatus.Apprentice)]
    [InlineData("ST", LearnerStatus.School)]
    [InlineData(null, LearnerStatus.School)]
    public void Siecle_status_codes_give_the_learners_status(string? code, LearnerStatus expected) =>
        Assert.Equal(expected, LearnerProfile.FromSiecle(code));

    [Fact]
    public void An_adults_hours_are_the_sessions_less_absences_and_lateness_plus_the_company_days_done()
    {
        // 120 h of sessions, 6 h missed, 90 min late; 15 company days at 35 h over 5 days.
        var record = new TrainingRecord(120m, 6m, 90, TrainingRecord.CompanyHoursOf(15, 35m, 5), 600);

        Assert.Equal(112.5m, record.SchoolHoursAttended);
        Assert.Equal(105m, record.CompanyHours);
        Assert.Equal(217.5m, record.TotalHours);
        Assert.Equal(36.3m, record.Completion);
    }

    [Fact]
    public void Hours_never_go_below_zero_and_a_rhythm_of_three_days_spreads_the_weekly_hours()
    {
        Assert.Equal(0m, new TrainingRecord(2m, 2m, 30, 0, null).SchoolHoursAttended);
        Assert.Null(new TrainingRecord(2m, 0, 0, 0, null).Completion);
        Assert.Equal(70m, TrainingRecord.CompanyHoursOf(6, 35m, 3));
        Assert.Equal(0m, TrainingRecord.CompanyHoursOf(6, 35m, 0));
    }

    [Fact]
    public void A_funder_or_planned_hours_belong_to_continuing_education_only()
    {
        var profile = new LearnerProfile();
        profile.Apply(LearnerStatus.School, PriorDiploma.BacPro, " Bac pro AGORA ", null, "France Travail", 600);
        Assert.Equal(("Bac pro AGORA", null, null), (profile.PriorDiplomaDetail, profile.Funder, profile.PlannedHours));
        profile.Apply(LearnerStatus.Continuing, PriorDiploma.BacPro, null, null, "France Travail", 600);
        Assert.Equal(("France Travail", 600), (profile.Funder, profile.PlannedHours!.Value));
        Assert.Empty(LearnerProfile.Check(LearnerStatus.Continuing, PriorDiploma.BacGeneral, null, null, "France Travail", 600));
        Assert.Contains(LearnerProfile.Check(LearnerStatus.Continuing, PriorDiploma.BacGeneral, null, null, null, 0), p => p.Field == "PlannedHours");
        Assert.Contains(LearnerProfile.Check(LearnerStatus.School, PriorDiploma.Other, " ", null, null, null), p => p.Field == "PriorDiplomaDetail");
        Assert.Contains(LearnerProfile.Check((LearnerStatus)9, PriorDiploma.BacPro, null, null, null, null), p => p.Field == "Status");
    }

    [Fact]
    public void An_adjustment_names_what_is_waived_and_why()
    {
        Assert.Equal(["Part", "Reason"], PathAdjustment.Check(null, " ", null).Select(p => p.Field));
        Assert.Empty(PathAdjustment.Check(Guid.NewGuid(), null, "Situation déjà vécue en entreprise"));
        Assert.Contains(PathAdjustment.Check(null, new string('x', 1001), "raison"), p => p.Field == "Part");
    }
}
