using Sillage.Domain.Suivi;

namespace Sillage.Domain.Tests.Suivi;

public sealed class CompetenceStateRuleTests
{
    private static readonly Guid Teacher = Guid.NewGuid();
    private static readonly Guid Tutor = Guid.NewGuid();
    private static readonly Guid English = Guid.NewGuid();

    private static AssessmentFact Event(Guid assessor, int level, int day, int recordedMinute = 0, Guid? corrects = null) =>
        new(Guid.NewGuid(), assessor, level, new DateOnly(2026, 11, day), new DateTime(2026, 11, 28, 8, recordedMinute, 0, DateTimeKind.Utc), corrects);

    [Fact]
    public void Without_events_the_competence_is_not_assessed()
    {
        var state = CompetenceStateRule.Compute([]);
        Assert.Equal(0, state.Level);
        Assert.False(state.IsAssessed);
    }

    [Fact]
    public void The_latest_observation_of_one_assessor_is_the_state()
    {
        var state = CompetenceStateRule.Compute([Event(Teacher, 2, 3), Event(Teacher, 3, 10), Event(Teacher, 1, 5)]);
        Assert.Equal(3, state.Level);
        Assert.Single(state.LatestByAssessor);
    }

    [Fact]
    public void With_several_assessors_the_most_recent_observation_wins_and_the_others_stay_visible()
    {
        var teacher = Event(Teacher, 4, 10);
        var tutor = Event(Tutor, 2, 20);
        var english = Event(English, 3, 15);
        var state = CompetenceStateRule.Compute([teacher, tutor, english, Event(Teacher, 1, 2)]);
        Assert.Equal(2, state.Level);
        Assert.Same(tutor, state.Deciding);
        Assert.Equal([tutor, english, teacher], state.LatestByAssessor);
    }

    [Fact]
    public void A_correction_replaces_the_event_it_corrects_even_when_observed_earlier()
    {
        var wrong = Event(Teacher, 4, 12);
        var correction = Event(Teacher, 2, 12, recordedMinute: 30, corrects: wrong.Id);
        var state = CompetenceStateRule.Compute([Event(Teacher, 1, 1), wrong, correction]);
        Assert.Equal(2, state.Level);
        Assert.Same(correction, state.Deciding);
        Assert.Equal([wrong], state.Corrected);
    }

    [Fact]
    public void Correcting_an_older_event_does_not_override_a_later_observation()
    {
        var old = Event(Teacher, 1, 1);
        var later = Event(Teacher, 3, 20);
        var correctionOfOld = Event(Teacher, 2, 1, recordedMinute: 59, corrects: old.Id);
        Assert.Equal(3, CompetenceStateRule.Compute([old, later, correctionOfOld]).Level);
    }

    [Fact]
    public void Same_observation_day_is_decided_by_the_recording_time()
    {
        var first = Event(Teacher, 2, 10, recordedMinute: 1);
        var second = Event(Tutor, 4, 10, recordedMinute: 2);
        Assert.Equal(4, CompetenceStateRule.Compute([second, first]).Level);
    }

    [Fact]
    public void The_state_at_a_past_date_ignores_later_events()
    {
        var events = new[] { Event(Teacher, 2, 3), Event(Teacher, 4, 25) };
        Assert.Equal(2, CompetenceStateRule.Compute(events, new DateOnly(2026, 11, 10)).Level);
        Assert.Equal(0, CompetenceStateRule.Compute(events, new DateOnly(2026, 11, 1)).Level);
    }

    [Fact]
    public void If_every_event_was_corrected_away_nothing_stands()
    {
        var a = Event(Teacher, 2, 3);
        var b = Event(Teacher, 3, 3, 5, corrects: a.Id);
        var c = Event(Teacher, 1, 3, 9, corrects: b.Id);
        var state = CompetenceStateRule.Compute([a, b, c]);
        Assert.Equal(1, state.Level);
        Assert.Equal(2, state.Corrected.Count);
    }

    [Fact]
    public void A_competence_without_own_events_takes_the_lowest_of_its_assessed_parts()
    {
        var parts = new[]
        {
            CompetenceStateRule.Compute([Event(Teacher, 3, 1)]),
            CompetenceStateRule.Compute([Event(Teacher, 2, 1)]),
            CompetenceState.NotAssessed,
        };
        Assert.Equal(2, CompetenceStateRule.DerivedFromParts(parts, acquiredRank: 3));
        Assert.Equal(0, CompetenceStateRule.DerivedFromParts([CompetenceState.NotAssessed], acquiredRank: 3));
    }

    [Fact]
    public void A_competence_is_not_derived_acquired_while_a_part_is_not_assessed()
    {
        var acquired = CompetenceStateRule.Compute([Event(Teacher, 4, 1)]);
        Assert.Equal(2, CompetenceStateRule.DerivedFromParts([acquired, CompetenceState.NotAssessed], acquiredRank: 3));
        Assert.Equal(4, CompetenceStateRule.DerivedFromParts([acquired, acquired], acquiredRank: 3));
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#767676", "#ffffff", 4.54)]
    public void Contrast_ratios_follow_wcag(string a, string b, double expected) =>
        Assert.Equal(expected, Contrast.Ratio(a, b), 2);

    [Fact]
    public void The_default_scale_is_readable()
    {
        Assert.All(DefaultScale.Levels, l => Assert.True(Contrast.Ratio(l.TextColor, l.Color) >= Contrast.MinimumForText, l.Label));
        Assert.Equal(["Non évalué", "Insuffisant", "En cours d'acquisition", "Acquis", "Maîtrisé"], DefaultScale.Levels.Select(l => l.Label));
    }
}
