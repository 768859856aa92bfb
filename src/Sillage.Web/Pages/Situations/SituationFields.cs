using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sillage.Web.Pages.Situations;

/// <summary>The model of the situation fields partial (shared by the create and edit pages).</summary>
public sealed record SituationFields(SituationInput Input, SituationOptions Options, bool ShowResources, ModelStateDictionary State)
{
    public string? Error(string key) =>
        State.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
