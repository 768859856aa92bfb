namespace Sillage.Domain.Situations;

/// <summary>One problem found in a situation file, with the JSON path of the faulty value.</summary>
public sealed record SituationProblem(string Path, string Message)
{
    public override string ToString() => $"{Path} : {Message}";
}
