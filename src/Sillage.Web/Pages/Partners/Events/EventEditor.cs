using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Partners.Events;

/// <summary>The checks and the writing the create and edit pages share.</summary>
public static class EventEditor
{
    /// <summary>The form's checks, then the ids against what the establishment offers, then the domain's rules.
    /// True when the event may be saved; otherwise each failure is a field message.</summary>
    public static bool Check(EventInput input, EventChoices choices, DateOnly today, ModelStateDictionary modelState, IStringLocalizer l, string prefix)
    {
        foreach (var (field, error) in input.Validate(prefix))
        {
            modelState.AddMessage(l, field, error);
        }

        // Ids from another establishment (or made up) are refused as unknown, whatever they name.
        if (input.PartnerIds.Except(choices.Partners.Select(p => p.Id)).Any())
        {
            modelState.AddMessage(l, $"{prefix}.PartnerIds", new Message("Un des partenaires choisis n'est pas dans l'annuaire de l'établissement."));
        }

        if (input.CohortIds.Except(choices.Cohorts.Select(c => c.Id)).Any())
        {
            modelState.AddMessage(l, $"{prefix}.CohortIds", new Message("Une des promotions choisies n'est pas une promotion de l'établissement."));
        }

        if (!modelState.IsValid)
        {
            return false;
        }

        var draft = new PartnershipRules.Draft(input.Date!.Value, input.StartTime, input.EndTime, input.Hours,
            input.PartnerIds, input.LearnerIds,
            input.FilledContributions().Select(c => new PartnershipRules.Contribution(c.Line.PartnerId!.Value, c.Line.Amount!.Value, c.Line.SchoolYear!.Trim())).ToList(),
            choices.LearnersOf(input.CohortIds));
        var filled = input.FilledContributions().Select(c => c.Index).ToList();
        foreach (var (field, error) in PartnershipRules.Check(draft, today))
        {
            // The rules number the filled lines; the form numbers every line.
            var key = field.StartsWith("Contributions[", StringComparison.Ordinal)
                ? $"Contributions[{filled[int.Parse(field[14..field.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)]}]{field[(field.IndexOf(']', StringComparison.Ordinal) + 1)..]}"
                : field;
            modelState.AddMessage(l, $"{prefix}.{key}", error);
        }

        return modelState.IsValid;
    }

    /// <summary>Writes the checked form onto the event, its links replaced by those of the form.</summary>
    public static void Apply(PartnershipAction action, EventInput input, DateTime now)
    {
        action.Kind = input.Kind!.Value;
        action.Title = input.Title!.Trim();
        action.Date = input.Date!.Value;
        action.StartTime = input.StartTime;
        action.EndTime = input.EndTime;
        action.Place = FormText.Clean(input.Place);
        action.Hours = input.Hours;
        action.SpeakerName = FormText.Clean(input.SpeakerName);
        action.Notes = FormText.Clean(input.Notes);
        action.UpdatedAt = now;
        action.Version = Guid.NewGuid();
        Sync(action.Partners, input.PartnerIds.Distinct(), p => p.HostOrganisationId, id => new PartnershipActionPartner { ActionId = action.Id, HostOrganisationId = id });
        Sync(action.Cohorts, input.CohortIds.Distinct(), c => c.CohortId, id => new PartnershipActionCohort { ActionId = action.Id, CohortId = id });
        Sync(action.Learners, input.LearnerIds.Distinct(), x => x.LearnerId, id => new PartnershipActionLearner { ActionId = action.Id, LearnerId = id });
        action.Contributions.Clear();
        action.Contributions.AddRange(input.FilledContributions().Select(c => new ApprenticeshipTaxContribution
        {
            ActionId = action.Id, HostOrganisationId = c.Line.PartnerId!.Value, Amount = c.Line.Amount!.Value, SchoolYear = c.Line.SchoolYear!.Trim(),
        }));
    }

    /// <summary>Keeps the links still wanted, removes the others, adds the new ones (a link removed and added again
    /// in one save would be two rows of one key).</summary>
    private static void Sync<T>(List<T> links, IEnumerable<Guid> wanted, Func<T, Guid> key, Func<Guid, T> create)
    {
        var set = wanted.ToHashSet();
        links.RemoveAll(link => !set.Contains(key(link)));
        foreach (var id in set.Except(links.Select(key)))
        {
            links.Add(create(id));
        }
    }
}
