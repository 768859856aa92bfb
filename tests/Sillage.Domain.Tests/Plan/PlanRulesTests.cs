using Sillage.Domain.Plan;

namespace Sillage.Domain.Tests.Plan;

/// <summary>The guide's rules (section 2.1): each one broken alone is named, and both of the guide's examples pass.</summary>
public sealed class PlanRulesTests
{
    /// <summary>A plan that follows every rule: 140 + 185 + 125 = 450 h, 40 h of English, 12 weeks of PFMP, 4 h + 2 h a week.</summary>
    private static PlanFigures Good(Dictionary<string, int>? hours = null, int english = 40, decimal pfmp = 12, int autonomy = 4, int speakers = 2) =>
        new(hours ?? new Dictionary<string, int> { ["B1"] = 140, ["B2"] = 185, ["B3"] = 125 }, english, pfmp, autonomy, speakers);

    public static TheoryData<string, PlanFigures, string> EachRuleBrokenAlone => new()
    {
        // 130 + 170 + 99 would break bloc 3 too: the total alone needs blocs within range but summing under 400 — impossible
        // with the guide's ranges (their minima sum to exactly 400), so the total rule is checked with a fourth bloc ignored.
        { "bloc-B1", Good(new() { ["B1"] = 129, ["B2"] = 185, ["B3"] = 125 }), "Bloc 1 : 129 h prévues, hors de la fourchette du guide (130 à 150 heures)." },
        { "bloc-B1", Good(new() { ["B1"] = 151, ["B2"] = 185, ["B3"] = 125 }), "Bloc 1 : 151 h prévues, hors de la fourchette du guide (130 à 150 heures)." },
        { "bloc-B2", Good(new() { ["B1"] = 140, ["B2"] = 169, ["B3"] = 125 }), "Bloc 2 : 169 h prévues, hors de la fourchette du guide (170 à 200 heures)." },
        { "bloc-B2", Good(new() { ["B1"] = 140, ["B2"] = 201, ["B3"] = 125 }), "Bloc 2 : 201 h prévues, hors de la fourchette du guide (170 à 200 heures)." },
        { "bloc-B3", Good(new() { ["B1"] = 150, ["B2"] = 200, ["B3"] = 99 }), "Bloc 3 : 99 h prévues, hors de la fourchette du guide (100 à 150 heures)." },
        { "bloc-B3", Good(new() { ["B1"] = 140, ["B2"] = 185, ["B3"] = 151 }), "Bloc 3 : 151 h prévues, hors de la fourchette du guide (100 à 150 heures)." },
        { "anglais", Good(english: 39), "Pratique de l'anglais : 39 h prévues, il en faut au moins 40." },
        { "pfmp", Good(pfmp: 11), "PFMP : 11 semaines prévue(s), le référentiel en fixe 12." },
        { "pfmp", Good(pfmp: 12.4m), "PFMP : 12,4 semaines prévue(s), le référentiel en fixe 12." },
        { "autonomie", Good(autonomy: 3), "Travail en autonomie : 3 h par semaine, le guide en prévoit 4 en salle équipée." },
        { "intervenants", Good(speakers: 1), "Interventions de personnes extérieures : 1 h par semaine, le guide en prévoit 2." },
    };

    [Theory]
    [MemberData(nameof(EachRuleBrokenAlone))]
    public void A_rule_broken_alone_is_the_only_one_named(string rule, PlanFigures figures, string message)
    {
        var broken = PlanRules.Check(figures).Where(r => !r.Passed).ToList();
        var only = Assert.Single(broken);
        Assert.Equal(rule, only.Code);
        Assert.Equal(message, only.Problem!.ToString());
    }

    [Fact]
    public void The_total_rule_names_a_total_under_400_hours()
    {
        // The blocs' minima add up to exactly 400 h: a total under 400 h always breaks a bloc range too.
        var broken = PlanRules.Check(Good(new() { ["B1"] = 130, ["B2"] = 170, ["B3"] = 99 })).Where(r => !r.Passed).Select(r => r.Code).ToList();
        Assert.Equal(["total", "bloc-B3"], broken);
        Assert.Equal("Le total des heures de formation est de 399 h : il en faut au moins 400.",
            PlanRules.Check(Good(new() { ["B1"] = 130, ["B2"] = 170, ["B3"] = 99 })).Single(r => r.Code == "total").Problem!.ToString());
    }

    [Fact]
    public void A_missing_bloc_counts_as_zero_hours()
    {
        var problems = PlanRules.Problems(Good(new() { ["B1"] = 150, ["B2"] = 200 })).Select(p => p.ToString());
        Assert.Contains("Bloc 3 : 0 h prévues, hors de la fourchette du guide (100 à 150 heures).", problems);
    }

    [Fact]
    public void A_plan_within_every_range_passes_and_every_rule_is_listed()
    {
        var results = PlanRules.Check(Good());
        Assert.All(results, r => Assert.True(r.Passed, r.Problem?.ToString()));
        Assert.Equal(["total", "bloc-B1", "bloc-B2", "bloc-B3", "anglais", "pfmp", "autonomie", "intervenants"], results.Select(r => r.Code));
    }

    [Theory]
    [InlineData(PlanTemplates.Example1)]
    [InlineData(PlanTemplates.Example2)]
    public void The_guides_examples_pass_every_rule(string template)
    {
        var plan = new TrainingPlan();
        PlanTemplates.Apply(plan, template, 2026, []);
        var calendar = PlanCalendar.Build(plan, []);
        Assert.Empty(PlanRules.Problems(PlanFigures.Of(plan, calendar)));
        Assert.Empty(calendar.Warnings);
        Assert.Equal(new DateOnly(2026, 10, 5), plan.StartDate);
        Assert.Equal(12m, calendar.PfmpWeeks);
    }

    [Fact]
    public void The_first_example_is_20_weeks_of_20_hours_and_two_pfmp_blocks()
    {
        var plan = new TrainingPlan();
        PlanTemplates.Apply(plan, PlanTemplates.Example1, 2026, []);
        Assert.Equal((20, 20, 400), (plan.SchoolWeeks, plan.WeeklyClassHours, plan.TotalHours));
        Assert.Equal([6, 6], plan.PfmpBlocks.Select(b => b.Weeks));
        Assert.Equal(new DateOnly(2026, 12, 14), plan.PfmpBlocks[0].Start);
    }

    [Fact]
    public void The_second_example_is_30_weeks_of_13_hours_and_two_days_a_week_in_pfmp()
    {
        var plan = new TrainingPlan();
        PlanTemplates.Apply(plan, PlanTemplates.Example2, 2026, []);
        Assert.Equal((30, 13, 2), (plan.SchoolWeeks, plan.WeeklyClassHours, plan.PfmpDaysPerWeek));
        Assert.Empty(plan.PfmpBlocks);
    }
}
