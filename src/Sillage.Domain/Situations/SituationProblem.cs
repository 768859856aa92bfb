namespace Sillage.Domain.Situations;

/// <summary>One problem found in a situation file, with the JSON path of the faulty value.</summary>
public sealed record SituationProblem(string Path, Message Message)
{
    /// <summary>The problem on one line, its path first.</summary>
    public Message WithPath() => new Message("{0} : {1}", Path, Message);

    public override string ToString() => WithPath().ToString();
}
