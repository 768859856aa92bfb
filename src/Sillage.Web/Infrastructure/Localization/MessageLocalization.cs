using Microsoft.Extensions.Localization;
using Sillage.Domain;

namespace Sillage.Web.Infrastructure.Localization;

public static class MessageLocalization
{
    /// <summary>A domain message in the request's language: its template through the catalogue, nested messages too.</summary>
    public static string Format(this IStringLocalizer l, Message message) =>
        message.Args.Length == 0
            ? l[message.Template]
            : l[message.Template, message.Args.Select(a => a is Message inner ? l.Format(inner) : a).ToArray()];
}
