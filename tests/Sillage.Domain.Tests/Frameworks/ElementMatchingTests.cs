using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Frameworks;

public sealed class ElementMatchingTests
{
    private static VersionElement El(ElementKind kind, string code, string title) => new(Guid.NewGuid(), null, kind, code, title);

    [Fact]
    public void The_element_of_the_same_code_and_kind_is_proposed_first_even_when_its_text_changed()
    {
        var old = El(ElementKind.DetailedCompetence, "C1.1.2", "Rédiger des contenus");
        var same = El(ElementKind.DetailedCompetence, "C1.1.2", "Produire des textes");
        var similar = El(ElementKind.DetailedCompetence, "C1.1.9", "Rédiger des contenus");

        var proposal = ElementMatching.Propose([old], [similar, same])[old.Id];

        Assert.Equal((same.Id, ProposalReason.SameCode), (proposal.NewId, proposal.Reason));
    }

    [Fact]
    public void Without_the_code_the_most_similar_text_of_the_same_kind_is_proposed_accents_and_case_folded()
    {
        var old = El(ElementKind.DetailedCompetence, "C2.3.4", "Sécuriser les données de l'organisation");
        var renumbered = El(ElementKind.DetailedCompetence, "C2.3.3", "SECURISER LES DONNEES DE L'ORGANISATION ET DES USAGERS");
        var otherKind = El(ElementKind.Criterion, "C2.3-CE1", "Sécuriser les données de l'organisation");
        var unrelated = El(ElementKind.DetailedCompetence, "C2.3.1", "Recenser les applications");

        var proposal = ElementMatching.Propose([old], [otherKind, unrelated, renumbered])[old.Id];

        Assert.Equal((renumbered.Id, ProposalReason.SimilarText), (proposal.NewId, proposal.Reason));
        Assert.InRange(proposal.Score, ElementMatching.Threshold, 1);
    }

    [Fact]
    public void Nothing_is_proposed_below_the_threshold()
    {
        var old = El(ElementKind.DetailedCompetence, "C1.1.3", "Publier des contenus sur le site");
        var candidate = El(ElementKind.DetailedCompetence, "C1.1.4", "Mesurer l'audience du site");

        var proposal = ElementMatching.Propose([old], [candidate])[old.Id];

        Assert.Equal((null, ProposalReason.None), (proposal.NewId, proposal.Reason));
    }

    [Fact]
    public void Similarity_ignores_small_words_and_punctuation() =>
        Assert.Equal(1, ElementMatching.Similarity("Recueillir les besoins de l'organisation.", "recueillir besoins organisation"));
}
