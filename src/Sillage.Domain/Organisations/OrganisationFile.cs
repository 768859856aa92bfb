namespace Sillage.Domain.Organisations;

/// <summary>JSON form of an organisation (shipped under data/organisations). People refer to their manager
/// by <see cref="OrganisationFilePerson.Key"/>.</summary>
public sealed class OrganisationFile
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Activity { get; set; }
    public string? Context { get; set; }
    public string? InformationSystem { get; set; }
    public string? Source { get; set; }
    public List<OrganisationFileSite>? Sites { get; set; }
    public List<OrganisationFilePerson>? People { get; set; }

    /// <summary>The file form of an organisation (people keyed p1, p2… in chart order).</summary>
    public static OrganisationFile From(Organisation organisation)
    {
        var people = organisation.People.OrderBy(p => p.SortOrder).ToList();
        var keys = people.Select((p, i) => (p.Id, Key: $"p{i + 1}")).ToDictionary(x => x.Id, x => x.Key);
        return new OrganisationFile
        {
            Code = organisation.Code,
            Name = organisation.Name,
            Kind = organisation.Kind == OrganisationKind.Real ? "real" : "filRouge",
            Activity = organisation.Activity,
            Context = organisation.Context,
            InformationSystem = organisation.InformationSystem,
            Source = organisation.Source,
            Sites = organisation.Sites.OrderBy(s => s.SortOrder).Select(s => new OrganisationFileSite { Name = s.Name, Description = s.Description }).ToList(),
            People = people.Select(p => new OrganisationFilePerson
            {
                Key = keys[p.Id],
                Name = p.Name,
                Role = p.Role,
                Site = p.Site,
                ReportsTo = p.ReportsToId is { } m && keys.TryGetValue(m, out var k) ? k : null,
            }).ToList(),
        };
    }

    public Organisation ToOrganisation(DateTime createdAt)
    {
        var organisation = new Organisation
        {
            Code = Code,
            Name = Name ?? throw new InvalidOperationException("An organisation needs a name."),
            Kind = Kind == "real" ? OrganisationKind.Real : OrganisationKind.FilRouge,
            Activity = Activity,
            Context = Context,
            InformationSystem = InformationSystem,
            Source = Source,
            CreatedAt = createdAt,
        };
        foreach (var (site, i) in (Sites ?? []).Select((s, i) => (s, i)))
        {
            organisation.Sites.Add(new OrganisationSite { OrganisationId = organisation.Id, Name = site.Name!, Description = site.Description, SortOrder = i });
        }

        var byKey = new Dictionary<string, OrganisationPerson>();
        foreach (var (person, i) in (People ?? []).Select((p, i) => (p, i)))
        {
            var entity = new OrganisationPerson { OrganisationId = organisation.Id, Name = person.Name!, Role = person.Role!, Site = person.Site, SortOrder = i };
            byKey[person.Key!] = entity;
            organisation.People.Add(entity);
        }

        foreach (var person in People ?? [])
        {
            if (person.ReportsTo is { } manager)
            {
                byKey[person.Key!].ReportsToId = byKey.TryGetValue(manager, out var m)
                    ? m.Id
                    : throw new InvalidOperationException($"Unknown manager key {manager} for {person.Key}.");
            }
        }

        return organisation;
    }
}

public sealed class OrganisationFileSite
{
    public string? Name { get; set; }
    public string? Description { get; set; }
}

public sealed class OrganisationFilePerson
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Site { get; set; }
    public string? ReportsTo { get; set; }
}
