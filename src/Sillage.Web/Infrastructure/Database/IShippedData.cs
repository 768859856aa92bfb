namespace Sillage.Web.Infrastructure.Database;

/// <summary>
/// Data a feature ships with the app (frameworks, organisations, the privacy register, resources, situations),
/// installed at start-up when missing: after the migrations, before the demo, in <see cref="Order"/> whatever the
/// order of registration. Register with <c>services.AddShippedData&lt;MyFeatureData&gt;()</c>.
/// <para>
/// An installer runs only when what it ships changed: the start-up compares its <see cref="Fingerprint"/> with the one
/// stamped in <c>ShippedDataStamps</c> when it last ran, and runs it when they differ (or there is no stamp, or an
/// earlier installer ran, since later ones may use earlier ones' rows), then stamps it. On an installed, unchanged
/// database no installer runs. A shipped row an administrator deleted therefore stays deleted until the feature ships
/// something new (its fingerprint changes): then every missing row is added again, as before stamps. This was chosen
/// over re-adding deleted rows at every start: a start-up should not read every shipped file and query every shipped
/// table to find nothing to do, and a deletion is the establishment's choice until Sillage ships new content. To put
/// everything back now, start once with <c>ShippedData__Reinstall=true</c> or delete the rows of <c>ShippedDataStamps</c>
/// (docs/operations.md).
/// </para>
/// </summary>
public interface IShippedData
{
    /// <summary>10 frameworks, 20 organisations, 30 privacy register, 40 resources, 50 situations: later ones may use
    /// earlier ones' rows (a shipped situation names a framework and an organisation).</summary>
    int Order { get; }

    /// <summary>A SHA-256 of what the installer ships (its files, see <see cref="ShippedFingerprint"/>) and of an
    /// installer version constant: raise the constant when <see cref="InstallAsync"/> would install something else from
    /// the same content, or databases already stamped will not see the change.</summary>
    string Fingerprint();

    /// <summary>Adds what is missing; what is there (maybe edited by the establishment) is left as it is. Run again on
    /// an installed database, it changes nothing.</summary>
    Task InstallAsync(CancellationToken cancellationToken);
}
