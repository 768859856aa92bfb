namespace Sillage.Domain.Career;

/// <summary>What a projet professionnel must respect to be saved: an aim, bounded texts, steps with a description and
/// a target date (a teacher's note from an interview has none) not more than ten years away. Problems are French
/// templates with the field they concern.</summary>
public static class ProjectRules
{
    public const int MaxSteps = 30;

    public sealed record Problem(string Field, Message Text);

    public sealed record StepDraft(string? Description, DateOnly? TargetOn, bool Done, bool FromInterview);

    public static IReadOnlyList<Problem> Check(string? occupation, string? sector, string? furtherStudies, string? selfKnowledge,
        IReadOnlyList<StepDraft> steps, DateOnly today)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(occupation) && string.IsNullOrWhiteSpace(sector) && string.IsNullOrWhiteSpace(furtherStudies))
        {
            problems.Add(new("Occupation", new Message("Indiquez ce que vous visez : un métier, un secteur ou une poursuite d'études.")));
        }

        foreach (var (field, value) in new[] { ("Occupation", occupation), ("Sector", sector), ("FurtherStudies", furtherStudies) })
        {
            if (value?.Trim().Length > ProfessionalProject.MaxAimLength)
            {
                problems.Add(new(field, new Message("{0} caractères au plus.", ProfessionalProject.MaxAimLength)));
            }
        }

        if (selfKnowledge?.Trim().Length > ProfessionalProject.MaxTextLength)
        {
            problems.Add(new("SelfKnowledge", new Message("{0} caractères au plus.", ProfessionalProject.MaxTextLength)));
        }

        if (steps.Count(s => !string.IsNullOrWhiteSpace(s.Description)) > MaxSteps)
        {
            problems.Add(new("Steps", new Message("Un projet compte {0} étapes au plus.", MaxSteps)));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (string.IsNullOrWhiteSpace(step.Description))
            {
                if (step.TargetOn is not null || step.Done)
                {
                    problems.Add(new($"Steps[{i}].Description", new Message("Étape {0} : décrivez l'étape.", i + 1)));
                }

                continue;
            }

            if (step.Description.Trim().Length > ProjectStep.MaxDescriptionLength)
            {
                problems.Add(new($"Steps[{i}].Description", new Message("Étape {0} : {1} caractères au plus.", i + 1, ProjectStep.MaxDescriptionLength)));
            }

            if (step.TargetOn is null && !step.FromInterview)
            {
                problems.Add(new($"Steps[{i}].TargetOn", new Message("Étape {0} : indiquez une date visée.", i + 1)));
            }
            else if (step.TargetOn is { } target && (target > today.AddYears(10) || target < today.AddYears(-5)))
            {
                problems.Add(new($"Steps[{i}].TargetOn", new Message("Étape {0} : la date visée doit être dans les cinq ans passés ou les dix ans à venir.", i + 1)));
            }
        }

        return problems;
    }
}
