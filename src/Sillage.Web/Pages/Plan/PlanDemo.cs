using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Plan;

public sealed class PlanDemo : IDemoContributor
{
    public int Order => 20;

    public Task SeedAsync(DemoContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
