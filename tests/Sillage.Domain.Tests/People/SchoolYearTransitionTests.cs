using Sillage.Domain.People;

namespace Sillage.Domain.Tests.People;

public class SchoolYearTransitionTests
{
    private static readonly FrameworkVersion V1 = new(Guid.NewGuid(), "mc-sno", new DateTime(2025, 6, 1));
    private static readonly FrameworkVersion V2 = new(Guid.NewGuid(), "mc-sno", new DateTime(2026, 6, 1));
    private static readonly FrameworkVersion Other = new(Guid.NewGuid(), "bts-sio", new DateTime(2026, 7, 1));
    private static readonly YearCohort Sno = new(Guid.NewGuid(), "MC SNO", V2.Id);
    private static readonly YearCohort Old = new(Guid.NewGuid(), "MC SNO (ancienne)", V1.Id);
    private static readonly YearCohort Next = new(Guid.NewGuid(), "MC SNO B", V2.Id);
    private static readonly Guid Ana = Guid.NewGuid();
    private static readonly Guid Bob = Guid.NewGuid();

    private static SchoolYearFrame Frame() => new("2026-2027", [Sno, Old], [Next], [V1, V2, Other],
        new Dictionary<Guid, IReadOnlySet<Guid>> { [Sno.Id] = new HashSet<Guid> { Ana }, [Old.Id] = new HashSet<Guid> { Bob } });

    private static CohortDecision Archive(YearCohort c) => new(c.Id, Archive: true, SuccessorKind.None);

    [Theory]
    [InlineData("2026-2027", "2027-2028")]
    [InlineData("2099-2100", "2100-2101")]
    [InlineData("2026-2028", null)]
    [InlineData("", null)]
    public void Next_school_year(string year, string? next) => Assert.Equal(next, SchoolYearTransition.Next(year));

    [Theory]
    [InlineData(2027, 7, 31, "2026-2027")]
    [InlineData(2027, 8, 1, "2027-2028")]
    [InlineData(2027, 1, 15, "2026-2027")]
    public void The_school_year_starts_in_August(int y, int m, int d, string year) => Assert.Equal(year, SchoolYearTransition.Of(new DateOnly(y, m, d)));

    [Fact]
    public void Archiving_every_cohort_with_nobody_continuing_holds() =>
        Assert.Empty(SchoolYearTransition.Check(Frame(), [Archive(Sno), Archive(Old)], []));

    [Fact]
    public void A_successor_may_use_the_same_version_or_a_newer_one_of_the_same_referentiel()
    {
        var frame = Frame();
        Assert.Equal(new HashSet<Guid> { V1.Id, V2.Id }, frame.FrameworksFor(Old));
        Assert.Equal(new HashSet<Guid> { V2.Id }, frame.FrameworksFor(Sno));
        var older = SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.New, "MC SNO 2027", V1.Id), Archive(Old)], []);
        Assert.Contains(older, f => f.CohortIndex == 0 && f.Message.Template.Contains("plus récente"));
        var other = SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.New, "MC SNO 2027", Other.Id), Archive(Old)], []);
        Assert.Single(other);
        Assert.Empty(SchoolYearTransition.Check(frame, [Archive(Sno), new(Old.Id, true, SuccessorKind.New, "MC SNO 2027", V2.Id)], []));
    }

    [Fact]
    public void A_new_cohort_needs_a_name_not_taken_next_year()
    {
        var frame = Frame();
        var empty = SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.New, "  ", V2.Id), Archive(Old)], []);
        Assert.Contains(empty, f => f.CohortIndex == 0 && f.Message.Template.Contains("nom de 1"));
        var taken = SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.New, "mc sno b", V2.Id), Archive(Old)], []);
        Assert.Contains(taken, f => f.CohortIndex == 0 && f.Message.Template.Contains("existe déjà"));
        var twice = SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.New, "X", V2.Id), new(Old.Id, true, SuccessorKind.New, "x", V2.Id)], []);
        Assert.Contains(twice, f => f.CohortIndex == 1);
        var tooLong = SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.New, new string('a', 151), V2.Id), Archive(Old)], []);
        Assert.Single(tooLong);
    }

    [Fact]
    public void An_existing_successor_must_be_a_cohort_of_the_next_year()
    {
        var frame = Frame();
        Assert.Empty(SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.Existing, ExistingId: Next.Id), Archive(Old)], [new(Ana, "Ana", Sno.Id)]));
        var wrong = SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.Existing, ExistingId: Old.Id), Archive(Old)], []);
        Assert.Contains(wrong, f => f.CohortIndex == 0 && f.Message.Template.Contains("Choisissez une promotion"));
    }

    [Fact]
    public void A_continuing_learner_needs_a_successor_and_must_belong_to_the_cohort()
    {
        var frame = Frame();
        var noSuccessor = SchoolYearTransition.Check(frame, [Archive(Sno), Archive(Old)], [new(Ana, "Ana", Sno.Id)]);
        Assert.Contains(noSuccessor, f => f.LearnerId == Ana && f.Message.Template.Contains("pas de suite"));
        var notMember = SchoolYearTransition.Check(frame, [new(Sno.Id, true, SuccessorKind.Existing, ExistingId: Next.Id), Archive(Old)], [new(Bob, "Bob", Sno.Id)]);
        Assert.Contains(notMember, f => f.LearnerId == Bob);
    }

    [Fact]
    public void A_cohort_kept_without_successor_is_a_decision_missing() =>
        Assert.Contains(SchoolYearTransition.Check(Frame(), [new(Sno.Id, false, SuccessorKind.None), Archive(Old)], []), f => f.CohortIndex == 0);

    [Fact]
    public void A_list_of_cohorts_changed_since_the_page_was_opened_is_refused_as_a_whole()
    {
        var missing = SchoolYearTransition.Check(Frame(), [Archive(Sno)], []);
        Assert.Single(missing);
        Assert.Null(missing[0].CohortIndex);
        var twice = SchoolYearTransition.Check(Frame(), [Archive(Sno), Archive(Sno)], []);
        Assert.Single(twice);
    }
}
