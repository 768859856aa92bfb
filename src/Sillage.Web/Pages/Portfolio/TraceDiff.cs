using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>What changed between two states of a trace: the fields, and the text line by line (DiffPlex),
/// long unchanged stretches folded to a count.</summary>
public sealed record TraceDiff(IReadOnlyList<TraceDiff.FieldChange> Fields, IReadOnlyList<TraceDiff.Line> Lines)
{
    private const int Context = 2;

    public bool IsEmpty => Fields.Count == 0 && Lines.All(l => l.Kind == LineKind.Same);

    public static TraceDiff Between(TraceContent before, TraceContent after)
    {
        var fields = new List<FieldChange>();
        void Compare(string field, string? a, string? b)
        {
            if ((a ?? "") != (b ?? ""))
            {
                fields.Add(new(field, a ?? "", b ?? ""));
            }
        }

        Compare(nameof(TraceContent.Title), before.Title, after.Title);
        Compare(nameof(TraceContent.Kind), before.Kind.ToString(), after.Kind.ToString());
        Compare(nameof(TraceContent.ActivityDate), before.ActivityDate.ToString("O"), after.ActivityDate.ToString("O"));
        Compare(nameof(TraceContent.Context), before.Context.ToString(), after.Context.ToString());
        Compare(nameof(TraceContent.ContextLabel), before.ContextLabel, after.ContextLabel);
        Compare(nameof(TraceContent.Tags), before.Tags, after.Tags);

        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(TraceContent.Normalize(before.Body), TraceContent.Normalize(after.Body), ignoreWhitespace: false);
        var raw = model.Lines.Select(l => new Line(l.Type switch
        {
            ChangeType.Inserted => LineKind.Added,
            ChangeType.Deleted => LineKind.Removed,
            _ => LineKind.Same,
        }, l.Text ?? "", 0)).ToList();
        return new TraceDiff(fields, Fold(raw));
    }

    /// <summary>Keeps <see cref="Context"/> unchanged lines around each change; the rest becomes one "n lines" line.</summary>
    private static List<Line> Fold(List<Line> lines)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Same)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var result = new List<Line>();
        var skipped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                if (skipped > 0)
                {
                    result.Add(new Line(LineKind.Folded, "", skipped));
                    skipped = 0;
                }

                result.Add(lines[i]);
            }
            else
            {
                skipped++;
            }
        }

        if (skipped > 0)
        {
            result.Add(new Line(LineKind.Folded, "", skipped));
        }

        return result;
    }

    public sealed record FieldChange(string Field, string Before, string After);

    public sealed record Line(LineKind Kind, string Text, int Count);

    public enum LineKind
    {
        Same,
        Added,
        Removed,
        Folded,
    }
}
