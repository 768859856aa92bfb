namespace Sillage.Web.Infrastructure.Pdf;

/// <summary>A file a printed document shows (an image), whose bytes Sillage itself hands to Chromium.</summary>
public sealed record PrintFile(byte[] Content, string ContentType);

/// <summary>Finds the file a printed document asks for by its path (e.g. <c>/dossier/pieces/{id}</c>) among the files
/// this document may show, read server-side from the file store; null for anything else, which is then refused.</summary>
public delegate Task<PrintFile?> PrintFiles(string path, CancellationToken cancellationToken);
