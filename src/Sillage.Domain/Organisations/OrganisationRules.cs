namespace Sillage.Domain.Organisations;

/// <summary>The checks on an organisation shared by its forms and the situation import.</summary>
public static class OrganisationRules
{
    public const int MaxNameLength = 200;

    /// <summary>True when making <paramref name="personId"/> report to <paramref name="managerId"/> would close a
    /// loop in the org chart (someone above themselves).</summary>
    public static bool WouldCreateCycle(IReadOnlyDictionary<Guid, Guid?> reportsTo, Guid personId, Guid? managerId)
    {
        var seen = new HashSet<Guid>();
        for (var current = managerId; current is { } id; current = reportsTo.GetValueOrDefault(id))
        {
            if (id == personId || !seen.Add(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Problems of an organisation written in a file, as (path, message).</summary>
    public static IEnumerable<(string Path, Message Message)> Check(OrganisationFile file, string path)
    {
        if (string.IsNullOrWhiteSpace(file.Name))
        {
            yield return ($"{path}.name", new Message("Le nom de l'organisation est obligatoire."));
        }
        else if (file.Name.Length > MaxNameLength)
        {
            yield return ($"{path}.name", new Message("Le nom de l'organisation ne peut dépasser {0} caractères.", MaxNameLength));
        }

        if (file.Kind is not (null or "filRouge" or "real"))
        {
            yield return ($"{path}.kind", new Message("Type « {0} » inconnu : « filRouge » ou « real » attendu.", file.Kind));
        }

        for (var i = 0; i < (file.Sites?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(file.Sites![i].Name))
            {
                yield return ($"{path}.sites[{i}].name", new Message("Le nom du site est obligatoire."));
            }
        }

        var people = file.People ?? [];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var at = $"{path}.people[{i}]";
            if (string.IsNullOrWhiteSpace(person.Key))
            {
                yield return ($"{at}.key", new Message("Chaque personne de l'organigramme a une clé (key)."));
            }
            else if (!keys.Add(person.Key))
            {
                yield return ($"{at}.key", new Message("La clé « {0} » est déjà utilisée par une autre personne.", person.Key));
            }

            if (string.IsNullOrWhiteSpace(person.Name))
            {
                yield return ($"{at}.name", new Message("Le nom de la personne est obligatoire."));
            }

            if (string.IsNullOrWhiteSpace(person.Role))
            {
                yield return ($"{at}.role", new Message("La fonction de la personne est obligatoire."));
            }
        }

        var byKey = people.Where(p => !string.IsNullOrWhiteSpace(p.Key)).GroupBy(p => p.Key!).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < people.Count; i++)
        {
            var manager = people[i].ReportsTo;
            if (manager is null)
            {
                continue;
            }

            if (!byKey.ContainsKey(manager))
            {
                yield return ($"{path}.people[{i}].reportsTo", new Message("« {0} » ne désigne aucune personne de l'organigramme.", manager));
                continue;
            }

            // Walk up from the person: coming back to them means a loop.
            var seen = new HashSet<string>(StringComparer.Ordinal) { people[i].Key ?? "" };
            for (var current = manager; current is not null && byKey.TryGetValue(current, out var up); current = up.ReportsTo)
            {
                if (!seen.Add(current))
                {
                    yield return ($"{path}.people[{i}].reportsTo", new Message("L'organigramme forme une boucle : une personne se retrouve au-dessus d'elle-même."));
                    break;
                }
            }
        }
    }
}
