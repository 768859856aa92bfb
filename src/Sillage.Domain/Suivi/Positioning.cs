namespace Sillage.Domain.Suivi;

/// <summary>
/// The one way a positionnement is recorded, whatever the path (single, bulk, entretien formatif, tutor appraisal):
/// the rules and limits every path applies, and the event to add when they hold. A broken rule is a
/// <see cref="PositioningFailure"/> naming the field, so a page shows it beside the input instead of the database
/// refusing the row.
/// </summary>
public static class Positioning
{
    /// <summary>The longest comment stored with an event (the column's length).</summary>
    public const int CommentLength = 4000;

    /// <summary>How far back an observation may be dated: older is a typing error, not a school-year event.</summary>
    public const int YearsBack = 5;

    /// <summary>Checks the request against what the cohort allows and returns the event to add, or the failures.</summary>
    public static PositioningResult Create(PositioningRequest request, PositioningFrame frame, DateTime recordedAt)
    {
        var failures = Check(request, frame).ToList();
        if (failures.Count > 0)
        {
            return new PositioningResult(null, failures);
        }

        var assessment = new Assessment
        {
            LearnerId = request.LearnerId,
            CohortId = request.CohortId,
            ElementId = request.ElementId!.Value,
            AssessorId = request.AssessorId,
            AssessorRole = request.AssessorRole,
            Level = request.Level!.Value,
            Comment = Clean(request.Comment),
            Context = request.Context,
            ContextId = request.ContextId,
            ObservedOn = request.ObservedOn!.Value,
            RecordedAt = recordedAt,
            CorrectsId = request.Corrects?.Id,
        };
        assessment.Evidence.AddRange(request.Evidence.Distinct().Select(t => new AssessmentEvidence { AssessmentId = assessment.Id, TraceId = t }));
        return new PositioningResult(assessment, []);
    }

    /// <summary>The comment as stored: trimmed, null when blank (an unchanged appraisal line compares with it).</summary>
    public static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

    private static IEnumerable<PositioningFailure> Check(PositioningRequest request, PositioningFrame frame)
    {
        if (request.ElementId is not { } element || !frame.Elements.Contains(element))
        {
            yield return new(PositioningField.Element, new Message("Choisissez une compétence ou une compétence détaillée du référentiel de la promotion."));
        }

        if (request.Level is not { } level)
        {
            yield return new(PositioningField.Level, new Message("Choisissez un niveau de l'échelle."));
        }
        else if (level < 1 || !frame.Ranks.Contains(level))
        {
            yield return new(PositioningField.Level, new Message("Niveau inconnu : choisissez un niveau de l'échelle."));
        }

        if (request.ObservedOn is not { } observed || observed > frame.Today || observed < frame.Today.AddYears(-YearsBack))
        {
            yield return new(PositioningField.ObservedOn, new Message("La date d'observation doit être passée ou aujourd'hui."));
        }

        if (!Enum.IsDefined(request.Context) || !Enum.IsDefined(request.AssessorRole))
        {
            yield return new(PositioningField.Context, new Message("Choisissez un contexte."));
        }

        if (request.Comment?.Trim().Length > CommentLength)
        {
            yield return new(PositioningField.Comment, new Message("Le commentaire dépasse 4 000 caractères."));
        }

        if (request.Evidence.Any(t => !frame.LearnerTraces.Contains(t)))
        {
            yield return new(PositioningField.Evidence, new Message("Choisissez les preuves parmi les traces du dossier de l'apprenant."));
        }

        if (request.Corrects is { } corrected
            && (corrected.ElementId != request.ElementId || corrected.LearnerId != request.LearnerId || corrected.CohortId != request.CohortId))
        {
            yield return new(PositioningField.Element, new Message("Une correction porte sur la même compétence que le positionnement corrigé."));
        }
    }
}
