namespace Sillage.Web.Infrastructure.Database;

/// <summary>
/// Data a feature ships with the app (frameworks, organisations, the privacy register, resources, situations),
/// installed at start-up when missing: after the migrations, before the demo, in <see cref="Order"/> whatever the
/// order of registration. Register with <c>services.AddShippedData&lt;MyFeatureData&gt;()</c>.
/// </summary>
public interface IShippedData
{
    /// <summary>10 frameworks, 20 organisations, 30 privacy register, 40 resources, 50 situations: later ones may use
    /// earlier ones' rows (a shipped situation names a framework and an organisation).</summary>
    int Order { get; }

    /// <summary>Adds what is missing; what is there (maybe edited by the establishment) is left as it is.</summary>
    Task InstallAsync(CancellationToken cancellationToken);
}
