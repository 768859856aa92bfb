namespace Sillage.Web.Pages.Situations;

/// <summary>What the mission partial shows: the mission, its documents, and which links to offer. The mission's title is
/// a heading of <paramref name="HeadingLevel"/> (3 under a page's section, 2 on the mission's own page).</summary>
public sealed record MissionCard(Guid SituationId, MissionDisplay Mission, IReadOnlyList<DocumentLink> Documents, bool ShowLink, bool CanEdit, int HeadingLevel = 3);

public sealed record DocumentLink(Guid Id, Guid? MissionId, string Title, string FileName, long Size);
