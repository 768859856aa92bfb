using Sillage.Domain.Organisations;

namespace Sillage.Domain.Tests.Organisations;

public sealed class OrganisationRulesTests
{
    private static readonly Guid Ceo = Guid.NewGuid(), Manager = Guid.NewGuid(), Clerk = Guid.NewGuid();
    private static readonly Dictionary<Guid, Guid?> Chart = new() { [Ceo] = null, [Manager] = Ceo, [Clerk] = Manager };

    [Fact]
    public void Putting_someone_under_their_own_report_closes_a_loop()
    {
        Assert.True(OrganisationRules.WouldCreateCycle(Chart, Ceo, Clerk));
        Assert.True(OrganisationRules.WouldCreateCycle(Chart, Manager, Manager));
        Assert.False(OrganisationRules.WouldCreateCycle(Chart, Clerk, Ceo));
        Assert.False(OrganisationRules.WouldCreateCycle(Chart, Manager, null));
    }

    [Fact]
    public void A_file_whose_people_report_in_a_circle_is_refused_with_the_path()
    {
        var file = new OrganisationFile
        {
            Name = "X",
            People =
            [
                new() { Key = "a", Name = "A", Role = "PDG", ReportsTo = "b" },
                new() { Key = "b", Name = "B", Role = "Adjoint", ReportsTo = "a" },
                new() { Key = "c", Name = "C", Role = "Agent", ReportsTo = "z" },
            ],
        };
        var problems = OrganisationRules.Check(file, "$.organisation").Select(p => (p.Path, p.Message.ToString())).ToList();
        Assert.Contains(("$.organisation.people[0].reportsTo", "L'organigramme forme une boucle : une personne se retrouve au-dessus d'elle-même."), problems);
        Assert.Contains(("$.organisation.people[2].reportsTo", "« z » ne désigne aucune personne de l'organigramme."), problems);
    }
}
