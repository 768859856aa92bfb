using Sillage.Domain.Certification;

namespace Sillage.Web.Pages.Certification;

/// <summary>The model of <c>_SnapshotBody.cshtml</c>, shared by the pages and the PDF: the document, and the address
/// of each copied file (none in the PDF).</summary>
public sealed record SnapshotBody(SnapshotDocument Document, Func<SnapshotDocument.FileCopy, string?> FileUrl, int HeadingLevel = 2);
