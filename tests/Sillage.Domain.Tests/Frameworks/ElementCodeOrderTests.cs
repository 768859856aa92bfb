using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Frameworks;

public sealed class ElementCodeOrderTests
{
    [Fact]
    public void Codes_are_ordered_by_the_value_of_their_numbers()
    {
        string[] codes = ["3.1", "2.10", "C10", "2.2", "C2.3", "1.1", "C2", "2.1"];

        var ordered = codes.Order(ElementCodeOrder.Instance).ToList();

        Assert.Equal(["1.1", "2.1", "2.2", "2.10", "3.1", "C2", "C2.3", "C10"], ordered);
    }

    [Fact]
    public void A_code_comes_before_the_codes_it_prefixes() =>
        Assert.True(ElementCodeOrder.Instance.Compare("C2", "C2.1") < 0);
}
