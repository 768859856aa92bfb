using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Situations;

public sealed class SituationsDemo : IDemoContributor
{
    public int Order => 20;

    public Task SeedAsync(DemoContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
