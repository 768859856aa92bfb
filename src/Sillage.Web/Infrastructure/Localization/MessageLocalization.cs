using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    /// <summary>A message kept in the database (<see cref="StoredMessage"/>: a notification, a job's title or outcome, a
    /// version summary) in the reader's language; plain text from older rows as it is, or its catalogue entry.</summary>
    public static string FormatStored(this IStringLocalizer l, string stored) => l.Format(StoredMessage.Read(stored));

    /// <summary>
    /// The one way a broken rule reaches a form: a <see cref="Message"/> (from a domain rule or written in the page),
    /// translated for the request, beside the field named by <paramref name="key"/> (empty for the form's summary).
    /// The same text under the same key is shown once.
    /// </summary>
    public static void AddMessage(this ModelStateDictionary modelState, IStringLocalizer l, string key, Message message)
    {
        var text = l.Format(message);
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Any(e => e.ErrorMessage == text))
        {
            return;
        }

        modelState.AddModelError(key, text);
    }
}
