using Sillage.Domain.Certification.Ccf;

namespace Sillage.Domain.Tests.Certification;

public sealed class CcfGridTests
{
    private static readonly DateTime Now = new(2027, 5, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly IReadOnlySet<int> Scale = new HashSet<int> { 1, 2, 3, 4 };
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();
    private static readonly Guid Teacher = Guid.NewGuid();
    private static readonly Guid Professional = Guid.NewGuid();
    private static readonly Guid[] Evaluators = [Teacher, Professional];

    private static CcfGrid Grid() => CcfGrid.Create(Guid.NewGuid(), [First, Second], Teacher, Now);

    private static CcfGrid Filled()
    {
        var grid = Grid();
        Assert.Empty(grid.Fill(new Dictionary<Guid, (int?, string?)> { [First] = (3, "Bien"), [Second] = (2, null) }, 12.5m, "Oral clair", Scale, Teacher, Now));
        return grid;
    }

    [Fact]
    public void A_grid_has_one_line_per_element_in_order() => Assert.Equal([First, Second], Grid().Lines.OrderBy(l => l.SortOrder).Select(l => l.ElementId));

    [Fact]
    public void Filling_a_grid_records_the_entries_and_moves_its_version()
    {
        var grid = Filled();
        Assert.Equal([3, 2], grid.Lines.Select(l => l.Level ?? 0));
        Assert.Equal(12.5m, grid.Mark);
        Assert.Equal(2, grid.Version);
    }

    [Fact]
    public void A_level_outside_the_scale_a_foreign_element_and_a_mark_above_20_are_refused_and_change_nothing()
    {
        var grid = Grid();
        var problems = grid.Fill(new Dictionary<Guid, (int?, string?)> { [First] = (7, null), [Guid.NewGuid()] = (1, null) }, 21m, null, Scale, Teacher, Now);
        Assert.Equal(3, problems.Count);
        Assert.All(grid.Lines, l => Assert.Null(l.Level));
        Assert.Null(grid.Mark);
        Assert.Equal(1, grid.Version);
    }

    [Fact]
    public void A_grid_cannot_be_signed_before_every_line_has_a_level_and_a_mark_is_proposed()
    {
        var grid = Grid();
        grid.Fill(new Dictionary<Guid, (int?, string?)> { [First] = (3, null) }, null, null, Scale, Teacher, Now);
        var problems = grid.Sign(Teacher, Evaluators, Now);
        Assert.Equal(["1 ligne(s) de la grille sans niveau : évaluez chaque ligne avant de signer.", "Proposez une note sur 20 avant de signer."],
            problems.Select(p => p.ToString()));
        Assert.Empty(grid.Signatures);
    }

    [Fact]
    public void The_last_evaluator_to_sign_freezes_the_grid()
    {
        var grid = Filled();
        Assert.Empty(grid.Sign(Teacher, Evaluators, Now));
        Assert.False(grid.IsFrozen);
        Assert.Empty(grid.Sign(Professional, Evaluators, Now.AddMinutes(5)));
        Assert.True(grid.IsFrozen);
        Assert.Equal(Now.AddMinutes(5), grid.FrozenAt);
        Assert.Equal([Now, Now.AddMinutes(5)], grid.Signatures.Select(s => s.SignedAt));
    }

    [Fact]
    public void Someone_who_is_not_an_evaluator_of_the_situation_cannot_sign() =>
        Assert.Equal("Seuls les évaluateurs de la situation signent la grille.", Assert.Single(Filled().Sign(Guid.NewGuid(), Evaluators, Now)).ToString());

    [Fact]
    public void An_evaluator_signs_once() =>
        Assert.Equal("Vous avez déjà signé cette grille.", Assert.Single(SignedBy(Teacher).Sign(Teacher, Evaluators, Now)).ToString());

    [Fact]
    public void A_change_after_a_signature_drops_it_the_co_evaluator_signed_other_content()
    {
        var grid = SignedBy(Teacher);
        Assert.Empty(grid.Fill(new Dictionary<Guid, (int?, string?)> { [Second] = (3, null) }, 13m, null, Scale, Professional, Now));
        Assert.Empty(grid.Signatures);
    }

    [Fact]
    public void A_frozen_grid_cannot_be_changed()
    {
        var grid = Frozen();
        var problems = grid.Fill(new Dictionary<Guid, (int?, string?)> { [First] = (1, null) }, 5m, null, Scale, Teacher, Now);
        Assert.Single(problems);
        Assert.Equal(3, grid.Lines[0].Level);
        Assert.Equal(12.5m, grid.Mark);
    }

    [Fact]
    public void A_frozen_grid_is_corrected_by_a_new_version_with_its_reason_and_no_signature()
    {
        var grid = Frozen();
        var (correction, problem) = grid.Correct("  Erreur de saisie sur C1.1.2  ", Teacher, Now.AddDays(1));
        Assert.Null(problem);
        Assert.Equal(2, correction!.Number);
        Assert.Equal(grid.Id, correction.CorrectsId);
        Assert.Equal("Erreur de saisie sur C1.1.2", correction.CorrectionReason);
        Assert.Equal([3, 2], correction.Lines.Select(l => l.Level ?? 0));
        Assert.Empty(correction.Signatures);
        Assert.False(correction.IsFrozen);
        Assert.True(grid.IsFrozen);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_correction_needs_a_reason(string? reason) =>
        Assert.Equal("Indiquez le motif de la correction.", Frozen().Correct(reason, Teacher, Now).Problem!.ToString());

    [Fact]
    public void A_grid_still_open_is_changed_not_corrected() => Assert.NotNull(Filled().Correct("motif", Teacher, Now).Problem);

    private static CcfGrid SignedBy(Guid evaluator)
    {
        var grid = Filled();
        Assert.Empty(grid.Sign(evaluator, Evaluators, Now));
        return grid;
    }

    private static CcfGrid Frozen()
    {
        var grid = SignedBy(Teacher);
        Assert.Empty(grid.Sign(Professional, Evaluators, Now));
        return grid;
    }
}
