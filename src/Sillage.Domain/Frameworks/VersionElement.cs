namespace Sillage.Domain.Frameworks;

/// <summary>An element of a framework version as comparing and moving between versions read it.</summary>
public sealed record VersionElement(Guid Id, Guid? ParentId, ElementKind Kind, string Code, string Title);
