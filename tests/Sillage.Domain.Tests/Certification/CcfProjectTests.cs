using Sillage.Domain.Certification.Ccf;

namespace Sillage.Domain.Tests.Certification;

public sealed class CcfProjectTests
{
    private static Guid[] People(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_project_of_2_to_4_learners_fits_e1_a(int members) => Assert.Empty(CcfProject.Check("Site de VosRêves", People(members), 2, 4));

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void A_group_outside_the_situations_size_is_refused(int members) =>
        Assert.Equal($"Le projet réunit {members} personne(s) ; la situation demande un groupe de 2 à 4.",
            Assert.Single(CcfProject.Check("Site", People(members), 2, 4)).ToString());

    [Fact]
    public void The_same_learner_twice_counts_once()
    {
        var one = Guid.NewGuid();
        Assert.Single(CcfProject.Check("Site", [one, one], 2, 4));
    }

    [Fact]
    public void A_project_needs_a_title() => Assert.Equal("Donnez un intitulé au projet.", Assert.Single(CcfProject.Check(" ", People(2), 2, 4)).ToString());
}
