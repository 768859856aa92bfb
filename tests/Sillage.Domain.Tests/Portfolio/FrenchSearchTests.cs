using Sillage.Domain.Portfolio;

namespace Sillage.Domain.Tests.Portfolio;

public sealed class FrenchSearchTests
{
    [Theory]
    [InlineData("Sécurité", "securite")]
    [InlineData("réseaux", "reseau")]
    [InlineData("sites", "site")]
    [InlineData("locaux", "local")]
    [InlineData("travaux", "travail")]
    [InlineData("accès", "acce")]
    [InlineData("procès", "proce")]
    [InlineData("mots-clés", "mot cle")]
    [InlineData("C1.1", "c1 1")]
    [InlineData("Hameçonnage", "hameconnage")]
    [InlineData("œuvres", "oeuvre")]
    public void Words_are_folded_and_made_singular(string text, string expected) =>
        Assert.Equal(expected, FrenchSearch.IndexText(text));

    [Fact]
    public void Singular_and_plural_queries_meet_the_same_indexed_word()
    {
        Assert.Equal(FrenchSearch.Terms("réseau"), FrenchSearch.Terms("Réseaux"));
        Assert.Equal(FrenchSearch.Terms("procédure"), FrenchSearch.Terms("PROCÉDURES"));
    }

    [Fact]
    public void Queries_become_safe_prefix_expressions_for_both_providers()
    {
        var terms = FrenchSearch.Terms("\"sécu\" OR réseaux* ; drop table");
        Assert.Equal(["secu", "or", "reseau", "drop", "table"], terms);
        Assert.Equal("\"secu\"* AND \"or\"* AND \"reseau\"* AND \"drop\"* AND \"table\"*", FrenchSearch.Fts5Query(terms));
        Assert.Equal("secu:* & or:* & reseau:* & drop:* & table:*", FrenchSearch.TsQuery(terms));
    }

    [Fact]
    public void A_query_without_words_searches_nothing()
    {
        Assert.Empty(FrenchSearch.Terms("  ; * - "));
        Assert.Empty(FrenchSearch.Terms("a"));
    }
}
