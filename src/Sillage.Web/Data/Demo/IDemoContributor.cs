namespace Sillage.Web.Data.Demo;

/// <summary>
/// A feature's share of the demo: runs after the base demo (establishment, cohort, accounts) was created, in
/// <see cref="Order"/>. Register with <c>services.AddScoped&lt;IDemoContributor, MyFeatureDemo&gt;()</c>.
/// Contributors find the demo people by e-mail (<see cref="DemoSeeder.LearnerEmail"/>, <see cref="DemoSeeder.Accounts"/>).
/// </summary>
public interface IDemoContributor
{
    /// <summary>10 portfolio, 20 situations, 30 suivi, 40 PFMP, 50 certification: later ones may use earlier ones' data.</summary>
    int Order { get; }

    Task SeedAsync(DemoContext context, CancellationToken cancellationToken);
}

/// <summary>What the base demo created, for contributors.</summary>
public sealed record DemoContext(Guid EstablishmentId, Guid CohortId, Guid FrameworkId, IReadOnlyDictionary<string, Guid> PeopleByEmail, DateTime Now);
