namespace Sillage.Web.Data.Demo;

/// <summary>
/// A feature's share of the demo: runs after the base demo (establishment, cohort, accounts) was created, in
/// <see cref="Order"/>, once per demo establishment. Register with <c>services.AddScoped&lt;IDemoContributor, MyFeatureDemo&gt;()</c>.
/// Contributors find the establishment's people through <see cref="DemoContext"/> (<see cref="DemoContext.Person"/>,
/// <see cref="DemoContext.Learner"/>), never through the first establishment's constants, and give what they create
/// per establishment a name of that establishment (<see cref="DemoContext.Pick{T}"/>) when tests look it up by name.
/// </summary>
public interface IDemoContributor
{
    /// <summary>10 portfolio, 20 situations, 25 plan, 30 suivi, 40 PFMP, 50 certification: later ones may use earlier
    /// ones' data. Each has its own: two with the same would run in the order they were registered.</summary>
    int Order { get; }

    Task SeedAsync(DemoContext context, CancellationToken cancellationToken);
}

/// <summary>What the base demo created for one establishment, for contributors.</summary>
public sealed record DemoContext(Guid EstablishmentId, Guid CohortId, Guid FrameworkId, IReadOnlyDictionary<string, Guid> PeopleByEmail, DateTime Now)
{
    /// <summary>The school's date at <see cref="Now"/> (<see cref="Infrastructure.Time.SchoolClock"/>).</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The e-mail domain of the establishment's accounts.</summary>
    public required string Domain { get; init; }

    /// <summary>The second establishment of the test databases (<see cref="DemoSeeder.SecondEstablishmentSetting"/>).</summary>
    public required bool IsSecond { get; init; }

    public required IReadOnlyDictionary<Guid, (string First, string Last)> Names { get; init; }

    public string Email(string localPart) => $"{localPart}@{Domain}";

    /// <summary>A staff account by the local part of its e-mail: "referent", "prof.eco", "tuteur", "jury"…</summary>
    public Guid Person(string localPart) => PeopleByEmail[Email(localPart)];

    /// <summary>The learner apprenant01 (index 0) to apprenant12 (index 11).</summary>
    public Guid Learner(int index) => PeopleByEmail[DemoSeeder.LearnerEmail(index, Domain)];

    public string FirstName(Guid person) => Names[person].First;

    public string LastName(Guid person) => Names[person].Last;

    public string Name(Guid person) => $"{Names[person].First} {Names[person].Last}";

    /// <summary>The first establishment's value or the second's: names tests look up stay unambiguous.</summary>
    public T Pick<T>(T first, T second) => IsSecond ? second : first;

    /// <summary>See <see cref="DemoSeeder.LinkToken"/>.</summary>
    public string LinkToken(string purpose) => DemoSeeder.LinkToken(Domain, purpose);
}
