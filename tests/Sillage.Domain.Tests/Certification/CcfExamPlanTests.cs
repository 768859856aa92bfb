using Sillage.Domain.Certification.Ccf;

namespace Sillage.Domain.Tests.Certification;

public class CcfExamPlanTests
{
    private static readonly string ShippedJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "frameworks", "mc-sno-2020.json"));

    [Fact]
    public void The_shipped_MC_SNO_plan_has_the_three_épreuves_with_their_situations()
    {
        var plan = CcfExamPlan.From(ShippedJson);

        Assert.Equal(["E1", "E2", "E3"], plan.Exams.Select(e => e.Code));
        Assert.All(plan.Exams, e => Assert.Equal(6m, e.Coefficient));
        Assert.Equal(12, plan.PfmpWeeks);
        Assert.True(plan.Exam("E2")!.NeedsPfmpComplete);
        Assert.False(plan.Exam("E1")!.NeedsPfmpComplete);

        var (exam, e1a) = plan.Situation("E1-A")!.Value;
        Assert.Equal("E1", exam.Code);
        Assert.True(e1a.IsGroup);
        Assert.Equal((2, 4), (e1a.GroupMin, e1a.GroupMax));
        Assert.Equal(40, e1a.DurationMinutes);
        Assert.False(plan.Situation("E2-A")!.Value.Situation.WithCandidate);
        var e3b = plan.Situation("E3-B")!.Value.Situation;
        Assert.True(e3b.IsPractical);
        Assert.Equal(120, e3b.DefaultMinutes);
        Assert.Equal(40, e1a.DefaultMinutes);
        Assert.Null(plan.Situation("E2-A")!.Value.Situation.DefaultMinutes);
    }

    [Fact]
    public void A_file_without_evaluation_part_has_no_épreuves()
    {
        Assert.Empty(CcfExamPlan.From("""{ "code": "X", "version": "1", "title": "T", "elements": [] }""").Exams);
        Assert.Empty(CcfExamPlan.From("not json").Exams);
        Assert.Null(CcfExamPlan.Empty.Situation("E1-A"));
    }
}
