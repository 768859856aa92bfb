using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Suivi;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Suivi;

/// <summary>What the positioning forms share around <see cref="Positioning"/>: the frame a cohort gives and the failures shown beside their inputs.</summary>
public static class PositioningForm
{
    /// <summary>The compétences and compétences détaillées of the framework, the assessed ranks of its scale, the learner's traces.</summary>
    public static PositioningFrame Frame(IEnumerable<FrameworkOutline.Element> elements, IEnumerable<PositioningLevel> scale, IEnumerable<Guid> learnerTraces, DateOnly today) =>
        new(elements.Where(e => e.Kind is ElementKind.Competence or ElementKind.DetailedCompetence).Select(e => e.Id).ToHashSet(),
            scale.Where(s => s.Rank > 0).Select(s => s.Rank).ToHashSet(),
            learnerTraces.ToHashSet(),
            today);

    /// <summary>The input a field is bound to in the positioning forms, after <paramref name="prefix"/> ("Input.", "Rows[2].").</summary>
    public static string Key(string prefix, PositioningField field) => prefix + field switch
    {
        PositioningField.Element => "ElementId",
        PositioningField.Evidence => "TraceIds",
        _ => field.ToString(),
    };

    /// <summary>Each failure beside its input (<paramref name="key"/> names it); <paramref name="row"/> says which row of a grid it is about.</summary>
    public static void AddFailures(this ModelStateDictionary modelState, IStringLocalizer l, IEnumerable<PositioningFailure> failures,
        Func<PositioningField, string> key, Func<PositioningField, Message, Message>? row = null)
    {
        foreach (var failure in failures)
        {
            modelState.AddMessage(l, key(failure.Field), row is null ? failure.Message : row(failure.Field, failure.Message));
        }
    }
}
