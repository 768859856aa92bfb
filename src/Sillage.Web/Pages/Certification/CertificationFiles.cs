using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Sillage.Web.Pages.Certification;

/// <summary>Files of dossiers and snapshots served as downloads under a given name, never sniffed nor cached.</summary>
public static class CertificationFiles
{
    public static FileStreamResult Serve(HttpResponse response, Stream content, string fileName, string contentType)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return new FileStreamResult(content, contentType);
    }
}
