using System.Net;
using System.Text;
using PuppeteerSharp;

namespace Sillage.Web.Infrastructure.Pdf;

/// <summary>
/// What the print browser may load for one document, answered from Sillage itself: every request of the page is
/// intercepted; the document comes at <see cref="Address"/> (a name that resolves nowhere, RFC 2606), its files come
/// from the caller's <see cref="PrintFiles"/> (read server-side from the file store), <c>data:</c> URLs stay; anything
/// else — another host, a loopback or cloud metadata address, the app's own HTTP endpoints, <c>file://</c>,
/// <c>blob:</c>, a web socket — is refused. The document is also served with a strict Content-Security-Policy (no
/// script, nothing from the network), a second wall should a request ever slip past the first.
/// </summary>
internal sealed class PrintedDocument(string html, PrintFiles? files, ILogger logger)
{
    public const string Address = "https://print.sillage.invalid/";

    /// <summary>What printed documents need: their inline styles, the images Sillage serves, <c>data:</c> images and
    /// fonts. No script, no frame, no form, no connection.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src data:; base-uri 'none'; form-action 'none'";

    private static readonly Uri Origin = new(Address);

    private readonly byte[] _html = Encoding.UTF8.GetBytes(html);
    private int _served;

    /// <summary>Answers one intercepted request; called for every request of the page, never throws.</summary>
    public async Task AnswerAsync(IRequest request, CancellationToken cancellationToken)
    {
        if (request.Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            // Chromium does not pause data: URLs; PuppeteerSharp reports them all the same.
            await SafelyAsync(request, () => request.ContinueAsync());
            return;
        }

        ResponseData? response;
        try
        {
            response = await ResponseAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A file that cannot be read is left out of the print rather than stopping it.
            logger.LogWarning(e, "A file of a printed document could not be read: {Url}", request.Url);
            response = null;
        }

        if (response is null)
        {
            logger.LogDebug("Print request refused: {Url}", request.Url);
            await SafelyAsync(request, () => request.AbortAsync(RequestAbortErrorCode.BlockedByClient));
            return;
        }

        await SafelyAsync(request, () => request.RespondAsync(response));
    }

    private async Task<ResponseData?> ResponseAsync(IRequest request, CancellationToken cancellationToken)
    {
        if (request.IsNavigationRequest)
        {
            // The document itself, once, in the top frame. Any other navigation (a refresh, a frame) gets "204 No
            // Content", which leaves the page as it is: a refused one would put an error page in its place.
            var first = request.Url == Address && request.Frame?.ParentFrame is null && Interlocked.Exchange(ref _served, 1) == 0;
            return first ? Document() : NoContent();
        }

        if (files is null || request.Method != HttpMethod.Get || !Uri.TryCreate(request.Url, UriKind.Absolute, out var url)
            || Uri.Compare(url, Origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        return await files(url.AbsolutePath, cancellationToken) is { } file
            ? new ResponseData { Status = HttpStatusCode.OK, ContentType = file.ContentType, BodyData = file.Content, Headers = Headers() }
            : null;
    }

    private ResponseData Document() => new()
    {
        Status = HttpStatusCode.OK,
        ContentType = "text/html; charset=utf-8",
        BodyData = _html,
        Headers = Headers(),
    };

    private static ResponseData NoContent() => new() { Status = HttpStatusCode.NoContent, Headers = Headers() };

    private static Dictionary<string, object> Headers() => new()
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        ["X-Content-Type-Options"] = "nosniff",
    };

    private async Task SafelyAsync(IRequest request, Func<Task> answer)
    {
        try
        {
            await answer();
        }
        catch (PuppeteerException e)
        {
            // The page was closed meanwhile (cancelled or timed out print).
            logger.LogDebug(e, "Print request left unanswered: {Url}", request.Url);
        }
    }
}
