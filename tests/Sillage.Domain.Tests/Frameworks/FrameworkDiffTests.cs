using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Frameworks;

public sealed class FrameworkDiffTests
{
    private sealed class Tree
    {
        public List<VersionElement> Elements { get; } = [];

        public VersionElement Add(ElementKind kind, string code, string title, VersionElement? parent = null)
        {
            var element = new VersionElement(Guid.NewGuid(), parent?.Id, kind, code, title);
            Elements.Add(element);
            return element;
        }
    }

    private static (Tree Old, Tree New) TwoVersions()
    {
        var old = new Tree();
        var b1 = old.Add(ElementKind.Block, "B1", "Présence en ligne");
        var c11 = old.Add(ElementKind.Competence, "C1.1", "Site Web", b1);
        var c12 = old.Add(ElementKind.Competence, "C1.2", "Réseaux sociaux", b1);
        old.Add(ElementKind.DetailedCompetence, "C1.1.1", "Recueillir les besoins", c11);
        old.Add(ElementKind.DetailedCompetence, "C1.1.2", "Rédiger des contenus", c11);
        old.Add(ElementKind.DetailedCompetence, "C1.1.3", "Publier", c11);
        old.Add(ElementKind.DetailedCompetence, "C1.2.1", "Animer", c12);

        var now = new Tree();
        var nb1 = now.Add(ElementKind.Block, "B1", "Présence en ligne");
        var nc11 = now.Add(ElementKind.Competence, "C1.1", "Site Web", nb1);
        var nc12 = now.Add(ElementKind.Competence, "C1.2", "Réseaux sociaux", nb1);
        var d1 = now.Add(ElementKind.DetailedCompetence, "C1.1.1", "Recueillir les besoins", nc11);
        now.Add(ElementKind.DetailedCompetence, "C1.1.2", "Rédiger et illustrer des contenus", nc11);
        now.Add(ElementKind.DetailedCompetence, "C1.2.1", "Animer", nc12);
        now.Add(ElementKind.Criterion, "C1.1.1-CE1", "Les besoins sont reformulés", d1);
        // C1.1.3 moved under C1.2 with the same code.
        now.Add(ElementKind.DetailedCompetence, "C1.1.3", "Publier", nc12);
        return (old, now);
    }

    [Fact]
    public void Added_removed_renamed_and_moved_elements_are_found_with_their_texts()
    {
        var (old, now) = TwoVersions();
        old.Add(ElementKind.Knowledge, "C1.2-S1", "Les réseaux", old.Elements[2]);

        var diff = FrameworkDiff.Compare(old.Elements, now.Elements);

        Assert.Equal(1, diff.Added);
        Assert.Equal(1, diff.Removed);
        Assert.Equal(1, diff.Renamed);
        Assert.Equal(1, diff.Moved);
        Assert.Equal(5, diff.Unchanged);
        var renamed = Assert.Single(diff.Changes, c => c.IsRenamed);
        Assert.Equal(("Rédiger des contenus", "Rédiger et illustrer des contenus"), (renamed.Old!.Title, renamed.New!.Title));
        var moved = Assert.Single(diff.Changes, c => c.IsMoved);
        Assert.Equal(("C1.1", "C1.2"), (moved.OldParentCode, moved.NewParentCode));
        Assert.Equal("C1.1.1-CE1", Assert.Single(diff.Changes, c => c.IsAdded).Code);
        Assert.Equal("C1.2-S1", Assert.Single(diff.Changes, c => c.IsRemoved).Code);
    }

    [Fact]
    public void Changes_are_grouped_by_bloc_in_code_order()
    {
        var (old, now) = TwoVersions();
        var b2 = now.Add(ElementKind.Block, "B2", "Services logiciels");
        now.Add(ElementKind.Competence, "C2.1", "Inventaire", b2);

        var diff = FrameworkDiff.Compare(old.Elements, now.Elements);

        Assert.Equal(["B1", "B2"], diff.ByBlock().Select(g => g.Key));
        Assert.Equal(["C1.1.1-CE1", "C1.1.2", "C1.1.3"], diff.ByBlock().First().Select(c => c.Code));
    }

    [Fact]
    public void The_same_code_with_another_kind_is_one_removed_and_one_added()
    {
        var old = new Tree();
        var b = old.Add(ElementKind.Block, "B1", "Bloc");
        old.Add(ElementKind.Knowledge, "X1", "Texte", b);
        var now = new Tree();
        var nb = now.Add(ElementKind.Block, "B1", "Bloc");
        now.Add(ElementKind.Criterion, "X1", "Texte", nb);

        var diff = FrameworkDiff.Compare(old.Elements, now.Elements);

        Assert.Equal((1, 1, 0), (diff.Added, diff.Removed, diff.Renamed));
    }

    [Fact]
    public void Identical_versions_differ_in_nothing_and_spaces_at_the_ends_do_not_count()
    {
        var (old, _) = TwoVersions();
        var copy = old.Elements.Select(e => e with { Title = " " + e.Title + " " }).ToList();

        var diff = FrameworkDiff.Compare(old.Elements, copy);

        Assert.True(diff.IsEmpty);
        Assert.Equal(old.Elements.Count, diff.Unchanged);
    }

    [Fact]
    public void Levels_are_compared_by_code()
    {
        var diff = FrameworkDiff.Compare([], [], [("1", "Novice"), ("2", "Débutant")], [("1", "Novice"), ("2", "Apprenti"), ("3", "Expert")]);

        Assert.Equal([new LevelChange("2", "Débutant", "Apprenti"), new LevelChange("3", null, "Expert")], diff.Levels);
    }
}
