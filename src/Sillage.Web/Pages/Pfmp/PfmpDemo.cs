using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>The PFMP share of the demo (filled below).</summary>
public sealed class PfmpDemo : IDemoContributor
{
    public int Order => 40;

    public Task SeedAsync(DemoContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
