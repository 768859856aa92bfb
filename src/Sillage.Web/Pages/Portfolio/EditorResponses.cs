using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Rendering;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The small HTML answers of the editor's htmx calls (autosave status, Markdown preview).</summary>
public static class EditorResponses
{
    public static ContentResult Saved(IStringLocalizer<Text> l, DateTime schoolTime) =>
        Html(Escape(l["Brouillon enregistré automatiquement à {0}.", schoolTime.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)].Value));

    public static ContentResult Preview(IStringLocalizer<Text> l, MarkdownRenderer markdown, string? body) =>
        Html(string.IsNullOrWhiteSpace(body)
            ? $"<p class=\"text-muted\">{Escape(l["Rien à afficher pour l'instant."].Value)}</p>"
            : markdown.ToHtml(body));

    /// <summary>Escapes markup but keeps accents readable (WebUtility would turn "é" into an entity).</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static ContentResult Html(string html) => new() { Content = html, ContentType = "text/html; charset=utf-8" };
}
