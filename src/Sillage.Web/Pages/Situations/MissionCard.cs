namespace Sillage.Web.Pages.Situations;

/// <summary>What the mission partial shows: the mission, its documents, and which links to offer.</summary>
public sealed record MissionCard(Guid SituationId, MissionDisplay Mission, IReadOnlyList<DocumentLink> Documents, bool ShowLink, bool CanEdit);

public sealed record DocumentLink(Guid Id, Guid? MissionId, string Title, string FileName, long Size);
