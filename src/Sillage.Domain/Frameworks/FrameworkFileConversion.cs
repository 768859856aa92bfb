namespace Sillage.Domain.Frameworks;

/// <summary>Turns a validated framework file into the stored entities, generating codes for the items that
/// have none (savoirs, résultats, critères) from their parent's code.</summary>
public static class FrameworkFileConversion
{
    public static Framework ToFramework(this FrameworkFile file, string sourceJson, DateTime importedAt, Guid? importedById = null)
    {
        var framework = new Framework
        {
            Code = file.Code!.Trim(),
            Version = file.Version!.Trim(),
            Title = file.Title!.Trim(),
            ShortTitle = Clean(file.ShortTitle),
            Description = Clean(file.Description),
            BlockLabel = Clean(file.Labels?.Block) ?? "Bloc",
            CompetenceLabel = Clean(file.Labels?.Competence) ?? "Compétence",
            ImportedAt = importedAt,
            ImportedById = importedById,
            SourceJson = sourceJson,
        };

        var order = 0;
        foreach (var (source, i) in (file.Sources ?? []).Select((s, i) => (s, i)))
        {
            framework.Sources.Add(new FrameworkSource { FrameworkId = framework.Id, SortOrder = i, Title = source.Title ?? source.Url ?? "", Url = Clean(source.Url) });
        }

        foreach (var (level, i) in (file.Levels ?? []).Select((l, i) => (l, i)))
        {
            framework.Levels.Add(new FrameworkLevel { FrameworkId = framework.Id, Rank = i + 1, Code = level.Code!, Title = level.Title!, Description = Clean(level.Description) });
        }

        foreach (var block in file.Blocks!)
        {
            var blockElement = Add(framework, null, ElementKind.Block, block.Code!, block.Title!, ref order);
            blockElement.Description = Clean(block.Description);
            blockElement.Exam = Clean(block.Exam);
            foreach (var competence in block.Competences!)
            {
                var competenceElement = Add(framework, blockElement, ElementKind.Competence, competence.Code!, competence.Title!, ref order);
                competenceElement.Description = Clean(competence.Description);
                competenceElement.Note = Clean(competence.Note);
                competenceElement.Source = Clean(competence.Source);
                AddMappings(competenceElement, competence.Mappings);
                foreach (var (condition, i) in (competence.Conditions ?? []).Select((c, i) => (c, i)))
                {
                    var element = Add(framework, competenceElement, ElementKind.Condition, $"{competence.Code}-CR{i + 1}", condition.Title!, ref order);
                    element.Category = condition.Category;
                    element.Source = Clean(condition.Source);
                }

                AddItems(framework, competenceElement, competence.Knowledge, ElementKind.Knowledge, "S", ref order);
                AddItems(framework, competenceElement, competence.ExpectedResults, ElementKind.ExpectedResult, "R", ref order);
                AddItems(framework, competenceElement, competence.Criteria, ElementKind.Criterion, "CE", ref order);
                foreach (var detailed in competence.DetailedCompetences ?? [])
                {
                    var detailedElement = Add(framework, competenceElement, ElementKind.DetailedCompetence, detailed.Code!, detailed.Title!, ref order);
                    detailedElement.Description = Clean(detailed.Description);
                    detailedElement.Note = Clean(detailed.Note);
                    detailedElement.Source = Clean(detailed.Source);
                    AddMappings(detailedElement, detailed.Mappings);
                    AddItems(framework, detailedElement, detailed.Knowledge, ElementKind.Knowledge, "S", ref order);
                    AddItems(framework, detailedElement, detailed.ExpectedResults, ElementKind.ExpectedResult, "R", ref order);
                    AddItems(framework, detailedElement, detailed.Criteria, ElementKind.Criterion, "CE", ref order);
                }
            }
        }

        return framework;
    }

    /// <summary>Every code an element of this file will carry, for mappings between files imported together.</summary>
    public static IReadOnlySet<string> ElementCodes(this FrameworkFile file) =>
        (file.Blocks ?? [])
            .SelectMany(b => new[] { b.Code }.Concat((b.Competences ?? []).SelectMany(c =>
                new[] { c.Code }.Concat((c.DetailedCompetences ?? []).Select(d => d.Code)))))
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c!.Trim())
            .ToHashSet(StringComparer.Ordinal);

    private static FrameworkElement Add(Framework framework, FrameworkElement? parent, ElementKind kind, string code, string title, ref int order)
    {
        var element = new FrameworkElement
        {
            FrameworkId = framework.Id,
            ParentId = parent?.Id,
            Kind = kind,
            Code = code.Trim(),
            Title = title.Trim(),
            SortOrder = order++,
        };
        framework.Elements.Add(element);
        return element;
    }

    private static void AddItems(Framework framework, FrameworkElement parent, List<FrameworkFileItem>? items, ElementKind kind, string prefix, ref int order)
    {
        foreach (var (item, i) in (items ?? []).Select((x, i) => (x, i)))
        {
            var code = string.IsNullOrWhiteSpace(item.Code) ? $"{parent.Code}-{prefix}{i + 1}" : item.Code;
            var element = Add(framework, parent, kind, code, item.Title!, ref order);
            element.Note = Clean(item.Note);
            element.Source = Clean(item.Source);
        }
    }

    private static void AddMappings(FrameworkElement element, List<FrameworkFileMapping>? mappings)
    {
        foreach (var mapping in mappings ?? [])
        {
            foreach (var code in mapping.Codes ?? [])
            {
                element.Mappings.Add(new FrameworkMapping { ElementId = element.Id, TargetFrameworkCode = mapping.Framework!.Trim(), TargetCode = code.Trim() });
            }
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
