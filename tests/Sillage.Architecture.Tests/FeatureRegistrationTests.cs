using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Database;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Pages;

namespace Sillage.Architecture.Tests;

/// <summary>
/// The features of <see cref="Features.All"/> register the same services whatever their order: what an enumeration
/// gets is the same, and so is what a single resolution gets (the last registration) except for the contracts that are
/// only ever enumerated; of those, what runs in an order carries a distinct one.
/// </summary>
public sealed class FeatureRegistrationTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder().Build();

    private static readonly Random Shuffle = new(14);

    /// <summary>Taken as a list by their consumers, which run them all (in their own order when there is one) or pick
    /// one by its kind (job handlers): several features add to them.</summary>
    private static readonly Type[] Enumerated =
        [typeof(IShippedData), typeof(IDemoContributor), typeof(IHostedService), typeof(IInterceptor), typeof(IJobHandler)];

    public static TheoryData<string> Orders => ["reversed", "shuffled", "rotated"];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Features_register_the_same_services_in_any_order(string order)
    {
        var listed = Features.All.ToList();
        var other = order switch
        {
            "reversed" => Enumerable.Reverse(listed).ToList(),
            "shuffled" => listed.OrderBy(_ => Shuffle.Next()).ToList(),
            _ => [.. listed.Skip(listed.Count / 2), .. listed.Take(listed.Count / 2)],
        };

        var expected = Registrations(listed);
        var actual = Registrations(other);

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, e =>
        {
            Assert.Equal(e.Value.All, actual[e.Key].All);
            if (!Enumerated.Any(t => t.FullName == e.Key))
            {
                Assert.Equal(e.Value.Resolved, actual[e.Key].Resolved);
            }
        });
    }

    [Fact]
    public void Shipped_data_and_demo_contributors_each_have_their_own_order()
    {
        var services = Register(Features.All);

        Assert.All(new[] { typeof(IShippedData), typeof(IDemoContributor) }, contract =>
        {
            var orders = services.Where(d => !d.IsKeyedService).Select(d => d.ImplementationType).OfType<Type>()
                .Where(contract.IsAssignableFrom).Distinct().Select(OrderOf).ToList();
            Assert.True(orders.Count > 1, contract.Name);
            Assert.Equal(orders.Count, orders.Distinct().Count());
        });
    }

    /// <summary>For each service: what a single resolution gets, and the sorted list of what an enumeration gets.</summary>
    private static Dictionary<string, (string Resolved, string All)> Registrations(IEnumerable<Action<IServiceCollection, IConfiguration>> features) =>
        Register(features).GroupBy(d => (d.ServiceType.FullName ?? d.ServiceType.Name) + (d.IsKeyedService ? $"[{d.ServiceKey}]" : ""))
            .ToDictionary(g => g.Key, g => (Implementation(g.Last()), string.Join(", ", g.Select(Implementation).Order(StringComparer.Ordinal))));

    private static ServiceCollection Register(IEnumerable<Action<IServiceCollection, IConfiguration>> features)
    {
        var services = new ServiceCollection();
        foreach (var add in features)
        {
            add(services, Configuration);
        }

        return services;
    }

    private static string Implementation(ServiceDescriptor d) => d.Lifetime + " " + (d.IsKeyedService
        ? d.KeyedImplementationType?.FullName ?? d.KeyedImplementationInstance?.GetType().FullName ?? Factory(d.KeyedImplementationFactory?.Method)
        : d.ImplementationType?.FullName ?? d.ImplementationInstance?.GetType().FullName ?? Factory(d.ImplementationFactory?.Method));

    /// <summary>A factory by its lambda, whose declaring type names the generic arguments (AddShippedData&lt;T&gt;'s T).</summary>
    private static string Factory(System.Reflection.MethodInfo? method) => $"{method?.DeclaringType?.FullName}.{method?.Name}";

    /// <summary>The <c>Order</c> of a contributor: a constant, read without running its constructor.</summary>
    private static int OrderOf(Type type) =>
        (int)type.GetProperty("Order")!.GetValue(RuntimeHelpers.GetUninitializedObject(type))!;
}
