using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Organisations;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Organisations;

/// <summary>An organisation's description as the create and edit forms post it. Sites are written one per line,
/// "Name — description".</summary>
public sealed class OrganisationInput
{
    [Display(Name = "Nom")]
    public string? Name { get; set; }

    [Display(Name = "Type")]
    public OrganisationKind Kind { get; set; } = OrganisationKind.FilRouge;

    [Display(Name = "Activité")]
    public string? Activity { get; set; }

    [Display(Name = "Contexte")]
    public string? Context { get; set; }

    [Display(Name = "Système d'information")]
    public string? InformationSystem { get; set; }

    [Display(Name = "Sites (un par ligne : nom — description)")]
    public string? Sites { get; set; }

    public int Version { get; set; }

    public static OrganisationInput From(Organisation o) => new()
    {
        Name = o.Name, Kind = o.Kind, Activity = o.Activity, Context = o.Context, InformationSystem = o.InformationSystem, Version = o.Version,
        Sites = string.Join("\n", o.Sites.OrderBy(s => s.SortOrder).Select(s => s.Description is null ? s.Name : $"{s.Name} — {s.Description}")),
    };

    public void Validate(ModelStateDictionary state, IStringLocalizer l)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > OrganisationRules.MaxNameLength)
        {
            state.AddMessage(l, "Input.Name", new Message("Donnez à l'organisation un nom de 1 à {0} caractères.", OrganisationRules.MaxNameLength));
        }

        if (Activity is { Length: > 500 })
        {
            state.AddMessage(l, "Input.Activity", new Message("L'activité se résume en 500 caractères au plus."));
        }

        if (!Enum.IsDefined(Kind))
        {
            state.AddMessage(l, "Input.Kind", new Message("Choisissez le type d'organisation."));
        }

        foreach (var (value, field) in new[] { (Context, "Context"), (InformationSystem, "InformationSystem") })
        {
            if (value is { Length: > 20_000 })
            {
                state.AddMessage(l, $"Input.{field}", new Message("Texte trop long (20 000 caractères au plus)."));
            }
        }

        if (ParseSites().Any(s => s.Name.Length > 200))
        {
            state.AddMessage(l, "Input.Sites", new Message("Un nom de site ne dépasse pas 200 caractères."));
        }
    }

    public IReadOnlyList<(string Name, string? Description)> ParseSites() =>
        (Sites ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line =>
            {
                var dash = line.IndexOf(" — ", StringComparison.Ordinal) is var d and >= 0 ? d : line.IndexOf(" - ", StringComparison.Ordinal);
                return dash < 0 ? (line, (string?)null) : (line[..dash].Trim(), line[(dash + 3)..].Trim() is { Length: > 0 } rest ? rest : null);
            })
            .Where(s => s.Item1.Length > 0)
            .ToList();

    /// <summary>Copies the fields onto the organisation; sites are matched by name so that people keep theirs.</summary>
    public void ApplyTo(Organisation organisation)
    {
        organisation.Name = Name!.Trim();
        organisation.Kind = Kind;
        organisation.Activity = Blank(Activity);
        organisation.Context = Blank(Context);
        organisation.InformationSystem = Blank(InformationSystem);
        var sites = ParseSites();
        organisation.Sites.RemoveAll(s => sites.All(x => x.Name != s.Name));
        foreach (var ((name, description), i) in sites.Select((s, i) => (s, i)))
        {
            var site = organisation.Sites.FirstOrDefault(s => s.Name == name);
            if (site is null)
            {
                site = new OrganisationSite { OrganisationId = organisation.Id, Name = name };
                organisation.Sites.Add(site);
            }

            site.Description = description;
            site.SortOrder = i;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
