using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>What <c>_TraceCard</c> shows of a trace: its text, competences and attachments, with the address
/// its attachments are served from (the dossier's, or a share link's).</summary>
public sealed record TraceCard(Trace Trace, IReadOnlyList<TraceViews.Link> Links, IReadOnlyList<Attachment> Attachments, Func<Guid, string> AttachmentUrl, int HeadingLevel = 2);
