using Sillage.Domain.Partners;

namespace Sillage.Domain.Tests.Partners;

public sealed class HostRulesTests
{
    [Theory]
    [InlineData("SARL Imprimerie Duval & Fils", "imprimerie duval fils")]
    [InlineData("Imprimerie DUVAL et fils (SARL)", "imprimerie duval fils")]
    [InlineData("Association Les Ateliers du Lien", "ateliers lien")]
    [InlineData("Les Ateliers du Lien", "ateliers lien")]
    [InlineData("L'Atelier Numérique", "atelier numerique")]
    [InlineData("SAS", "sas")]
    public void Names_are_compared_without_legal_form_case_accents_or_punctuation(string name, string expected) =>
        Assert.Equal(expected, HostRules.NormalizeName(name));

    [Fact]
    public void The_same_siret_is_a_duplicate_whatever_the_name()
    {
        var existing = new HostRules.Candidate(Guid.NewGuid(), "Cabinet Lemoine Conseil", "99900000200017");

        var duplicates = HostRules.FindDuplicates(new(null, "Lemoine", "999 000 002 00017"), [existing]);

        Assert.Equal(HostRules.DuplicateReason.SameSiret, Assert.Single(duplicates).Reason);
    }

    [Fact]
    public void The_same_name_without_two_sirets_to_tell_them_apart_is_a_duplicate()
    {
        var existing = new HostRules.Candidate(Guid.NewGuid(), "SARL Imprimerie Duval & Fils", "99900000500010");

        var duplicates = HostRules.FindDuplicates(new(null, "imprimerie duval et fils", null), [existing]);

        Assert.Equal(HostRules.DuplicateReason.SameName, Assert.Single(duplicates).Reason);
    }

    [Fact]
    public void Two_establishments_of_one_company_have_the_same_name_but_different_sirets()
    {
        var existing = new HostRules.Candidate(Guid.NewGuid(), "Cabinet Lemoine Conseil", "99900000200017");

        Assert.Empty(HostRules.FindDuplicates(new(null, "Cabinet Lemoine Conseil", "99900000300015"), [existing]));
    }

    [Fact]
    public void A_structure_does_not_duplicate_itself_when_edited()
    {
        var id = Guid.NewGuid();
        Assert.Empty(HostRules.FindDuplicates(new(id, "Cabinet Lemoine", "99900000200017"), [new(id, "Cabinet Lemoine", "99900000200017")]));
    }

    [Theory]
    [InlineData("75011", true)]
    [InlineData("", true)]
    [InlineData("7501", false)]
    [InlineData("75O11", false)]
    public void Postal_codes_have_five_digits(string code, bool valid) => Assert.Equal(valid, HostRules.CheckPostalCode(code) is null);

    [Theory]
    [InlineData(0, HostSize.Micro)]
    [InlineData(9, HostSize.Micro)]
    [InlineData(10, HostSize.Sme)]
    [InlineData(249, HostSize.Sme)]
    [InlineData(250, HostSize.MidSize)]
    [InlineData(5000, HostSize.Large)]
    public void Headcounts_give_the_size_category(int headcount, HostSize size) => Assert.Equal(size, HostSizes.FromHeadcount(headcount));
}
