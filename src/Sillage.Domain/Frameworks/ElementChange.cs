namespace Sillage.Domain.Frameworks;

/// <summary>
/// One difference between two versions of a framework: an element added (<see cref="Old"/> null), removed
/// (<see cref="New"/> null), or present in both under the same code and kind with another text (renamed), under
/// another parent (moved), or both.
/// </summary>
/// <param name="BlockCode">The bloc the element belongs to: in the new version, or in the old one when removed.</param>
public sealed record ElementChange(VersionElement? Old, VersionElement? New, string? OldParentCode, string? NewParentCode, string BlockCode)
{
    public ElementKind Kind => (New ?? Old)!.Kind;
    public string Code => (New ?? Old)!.Code;
    public bool IsAdded => Old is null;
    public bool IsRemoved => New is null;
    public bool IsRenamed => Old is not null && New is not null && !FrameworkDiff.SameText(Old.Title, New.Title);
    public bool IsMoved => Old is not null && New is not null && !string.Equals(OldParentCode, NewParentCode, StringComparison.Ordinal);
}

/// <summary>A mastery level of the framework added, removed or renamed between two versions (compared by code).</summary>
public sealed record LevelChange(string Code, string? OldTitle, string? NewTitle);
