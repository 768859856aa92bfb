using Sillage.Domain.Team;

namespace Sillage.Domain.Tests.Team;

public sealed class TeamSharingTests
{
    private static readonly TeamCompetence[] Framework =
    [
        new("C1.1", "Présence en ligne", "B1"), new("C1.2", "Contenus", "B1"),
        new("C2.1", "Outils", "B2"), new("C2.2", "Données", "B2"),
        new("C3.1", "Usages", "B3"),
    ];

    private static readonly Guid Eco = Guid.NewGuid();
    private static readonly Guid English = Guid.NewGuid();

    [Fact]
    public void A_competence_nobody_takes_on_is_a_gap_and_one_two_teachers_take_on_is_an_overlap()
    {
        var coverage = TeamSharing.Cover(Framework, [(Eco, "C1.1"), (Eco, "C1.2"), (Eco, "C2.1"), (English, "C2.1"), (English, "C3.1")]);

        Assert.Equal(["C2.2"], coverage.Gaps.Select(r => r.Competence.Code));
        Assert.Equal(["C2.1"], coverage.Overlaps.Select(r => r.Competence.Code));
        Assert.True(coverage.Teaches(English, "C3.1"));
        Assert.False(coverage.Teaches(English, "C1.1"));
    }

    [Fact]
    public void Rows_follow_the_framework_order_and_shares_of_unknown_codes_are_ignored()
    {
        var coverage = TeamSharing.Cover(Framework, [(Eco, "C9.9"), (English, "C3.1")]);

        Assert.Equal(Framework.Select(c => c.Code), coverage.Rows.Select(r => r.Competence.Code));
        Assert.Equal(4, coverage.Gaps.Count);
        Assert.Empty(coverage.Overlaps);
    }

    [Fact]
    public void Nobody_sharing_anything_leaves_every_competence_a_gap()
    {
        Assert.Equal(Framework.Length, TeamSharing.Cover(Framework, []).Gaps.Count);
    }

    [Fact]
    public void Taking_a_bloc_takes_all_its_competences()
    {
        Assert.Equal(new HashSet<string> { "C2.1", "C2.2", "C3.1" }, TeamSharing.Expand(Framework, ["B2"], ["C3.1", "C2.1"]));
    }

    [Theory]
    [InlineData("B9", "C1.1")]
    [InlineData("B1", "C9.9")]
    [InlineData("C1.1", "C1.2")]
    public void A_code_outside_the_framework_is_refused(string block, string competence) =>
        Assert.Null(TeamSharing.Expand(Framework, [block], [competence]));

    [Theory]
    [InlineData("ANGLAIS", Discipline.English)]
    [InlineData("LV1 ANGL.", Discipline.English)]
    [InlineData("ECO-GEST", Discipline.EconomicsAndManagement)]
    [InlineData("économie-gestion", Discipline.EconomicsAndManagement)]
    [InlineData("GESTION ADMINISTRATION", Discipline.EconomicsAndManagement)]
    [InlineData("MATHS", null)]
    [InlineData("ANGLAIS, ECO-GEST", null)]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    public void The_sts_subject_proposes_a_discipline_only_when_obvious(string? subject, Discipline? expected) =>
        Assert.Equal(expected, TeamSharing.Propose(subject));
}
