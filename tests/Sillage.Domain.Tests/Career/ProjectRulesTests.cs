using Sillage.Domain.Career;

namespace Sillage.Domain.Tests.Career;

public sealed class ProjectRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    private static ProjectRules.StepDraft Step(string? text, DateOnly? target, bool fromInterview = false) => new(text, target, false, fromInterview);

    [Fact]
    public void A_project_with_an_aim_and_dated_steps_is_accepted()
    {
        Assert.Empty(ProjectRules.Check("Technicien d'assistance", null, null, "J'aime expliquer.", [Step("Salon de l'étudiant", Today.AddMonths(2)), Step(null, null)], Today));
    }

    [Fact]
    public void A_project_needs_an_aim()
    {
        Assert.Equal("Occupation", Assert.Single(ProjectRules.Check(" ", null, "", null, [], Today)).Field);
    }

    [Fact]
    public void A_learners_step_needs_a_target_date_but_an_interview_note_does_not()
    {
        Assert.Equal("Steps[0].TargetOn", Assert.Single(ProjectRules.Check(null, "Associations", null, null, [Step("Contacter la mairie", null)], Today)).Field);
        Assert.Empty(ProjectRules.Check(null, "Associations", null, null, [Step("Penser au BTS en alternance", null, fromInterview: true)], Today));
    }

    [Fact]
    public void A_date_without_a_description_and_a_far_date_are_refused()
    {
        var problems = ProjectRules.Check(null, null, "BTS SIO", null, [Step(" ", Today), Step("Partir", Today.AddYears(11))], Today);
        Assert.Equal(["Steps[0].Description", "Steps[1].TargetOn"], problems.Select(p => p.Field));
    }
}
