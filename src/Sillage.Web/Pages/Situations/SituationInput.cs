using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Situations;

/// <summary>The general part of a situation, as the create and edit forms post it.</summary>
public sealed class SituationInput
{
    [Display(Name = "Titre")]
    public string? Title { get; set; }

    [Display(Name = "Référentiel")]
    public Guid? FrameworkId { get; set; }

    [Display(Name = "Organisation")]
    public Guid? OrganisationId { get; set; }

    [Display(Name = "Contexte spécifique")]
    public string? Context { get; set; }

    [Display(Name = "Intention pédagogique")]
    public string? Intention { get; set; }

    public List<SituationModality> Modalities { get; set; } = [];

    [Display(Name = "Restitution attendue")]
    public string? Restitution { get; set; }

    [Display(Name = "Ressources en anglais")]
    public string? EnglishResources { get; set; }

    public List<Guid> ResourceIds { get; set; } = [];

    /// <summary>The version the form was built on (optimistic concurrency).</summary>
    public int Version { get; set; }

    public static SituationInput From(Situation s) => new()
    {
        Title = s.Title, FrameworkId = s.FrameworkId, OrganisationId = s.OrganisationId, Context = s.Context, Intention = s.Intention,
        Modalities = SituationModalities.Split(s.Modalities).ToList(), Restitution = s.Restitution, EnglishResources = s.EnglishResources,
        ResourceIds = s.Resources.Where(r => r.MissionId is null).OrderBy(r => r.SortOrder).Select(r => r.ResourceId).ToList(), Version = s.Version,
    };

    /// <summary>Checks the input against the options offered; its messages go to the model state in the request's language.</summary>
    public void Validate(ModelStateDictionary state, IStringLocalizer l, SituationOptions options, string prefix)
    {
        if (Situation.CheckTitle(Title) is { } title)
        {
            state.AddMessage(l, $"{prefix}.Title", title);
        }

        if (OrganisationId is { } organisation && options.Organisations.All(o => o.Id != organisation))
        {
            state.AddMessage(l, $"{prefix}.OrganisationId", new Message("Choisissez une organisation de la liste."));
        }

        foreach (var (value, field) in new[] { (Context, "Context"), (Intention, "Intention"), (Restitution, "Restitution"), (EnglishResources, "EnglishResources") })
        {
            if (value is { Length: > SituationFileValidator.MaxTextLength })
            {
                state.AddMessage(l, $"{prefix}.{field}", new Message("Texte trop long ({0} caractères, {1} au plus).", value.Length, SituationFileValidator.MaxTextLength));
            }
        }

        if (ResourceIds.Any(r => options.Resources.All(o => o.Id != r)))
        {
            state.AddMessage(l, $"{prefix}.ResourceIds", new Message("Une ressource choisie n'est pas dans la bibliothèque."));
        }
    }

    /// <summary>Copies the general fields onto the situation (framework and resources apart).</summary>
    public void ApplyTo(Situation situation)
    {
        situation.Title = Title!.Trim();
        situation.OrganisationId = OrganisationId;
        situation.Context = Blank(Context);
        situation.Intention = Blank(Intention);
        situation.Modalities = Modalities.Aggregate(SituationModality.None, (all, m) => all | (m & (SituationModality.Individual | SituationModality.Group | SituationModality.Project)));
        situation.Restitution = Blank(Restitution);
        situation.EnglishResources = Blank(EnglishResources);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What the situation forms offer: organisations and resources the user sees.</summary>
public sealed record SituationOptions(IReadOnlyList<(Guid Id, string Name)> Organisations, IReadOnlyList<ResourceOption> Resources)
{
    public static async Task<SituationOptions> LoadAsync(SillageDb db, Guid? establishmentId, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.EstablishmentId == null || o.EstablishmentId == establishmentId)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var resources = await db.Resources.AsNoTracking().Where(r => r.EstablishmentId == null || r.EstablishmentId == establishmentId)
            .OrderBy(r => r.Publisher).ThenBy(r => r.Title).Select(r => new ResourceOption(r.Id, r.Title, r.Publisher)).ToListAsync(cancellationToken);
        return new(organisations.Select(o => (o.Id, o.Name)).ToList(), resources);
    }
}

public sealed record ResourceOption(Guid Id, string Title, string? Publisher);
