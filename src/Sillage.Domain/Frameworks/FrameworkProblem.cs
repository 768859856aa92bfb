namespace Sillage.Domain.Frameworks;

/// <summary>One problem found in a framework file, with the JSON path of the faulty value.</summary>
public sealed record FrameworkProblem(string Path, Message Message)
{
    public override string ToString() => $"{Path} : {Message}";
}
