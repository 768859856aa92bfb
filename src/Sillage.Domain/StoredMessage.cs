using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sillage.Domain;

/// <summary>
/// A <see cref="Message"/> kept in a text column (a notification, a job's title and outcome, a version summary) to be
/// shown later in the language of whoever reads it, not of whoever caused it: its template and arguments as JSON
/// (<c>{"t":"… {0} …","a":[…]}</c>), a nested message as a nested object. Arguments are strings, whole or decimal
/// numbers, or messages. Names stay readable in the column (no \u escapes), so erasure still finds a person's name in
/// it. A value written before messages were stored (plain French text) reads back as a message without arguments.
/// </summary>
public static class StoredMessage
{
    private const string TemplateKey = "t";
    private const string ArgsKey = "a";
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The message as JSON; when that is longer than the column (<paramref name="maxLength"/>), its French text
    /// cut to fit, which reads back as plain text: a long name must not fail the change that notifies.</summary>
    public static string Write(Message message, int maxLength)
    {
        var stored = Write(message);
        if (stored.Length <= maxLength)
        {
            return stored;
        }

        var text = message.ToString();
        return text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
    }

    public static string Write(Message message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, message);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The message stored by <see cref="Write"/>, or plain text (an older row) as a message without arguments.</summary>
    public static Message Read(string stored)
    {
        if (!stored.StartsWith("{\"" + TemplateKey + "\":", StringComparison.Ordinal))
        {
            return new Message(stored);
        }

        try
        {
            using var json = JsonDocument.Parse(stored);
            return Read(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return new Message(stored);
        }
    }

    private static void Write(Utf8JsonWriter writer, Message message)
    {
        writer.WriteStartObject();
        writer.WriteString(TemplateKey, message.Template);
        if (message.Args.Length > 0)
        {
            writer.WriteStartArray(ArgsKey);
            foreach (var arg in message.Args)
            {
                switch (arg)
                {
                    case Message inner:
                        Write(writer, inner);
                        break;
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case int or long or short or byte:
                        writer.WriteNumberValue(Convert.ToInt64(arg, CultureInfo.InvariantCulture));
                        break;
                    case decimal or double or float:
                        writer.WriteNumberValue(Convert.ToDecimal(arg, CultureInfo.InvariantCulture));
                        break;
                    default:
                        throw new ArgumentException($"A stored message takes strings, numbers and messages, not {arg?.GetType().Name ?? "null"}.", nameof(message));
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static Message Read(JsonElement element)
    {
        var template = element.GetProperty(TemplateKey).GetString() ?? "";
        if (!element.TryGetProperty(ArgsKey, out var args))
        {
            return new Message(template);
        }

        return new Message(template, args.EnumerateArray().Select(a => a.ValueKind switch
        {
            JsonValueKind.Object => Read(a),
            JsonValueKind.Number when a.TryGetInt32(out var i) => i,
            JsonValueKind.Number when a.TryGetInt64(out var l) => l,
            JsonValueKind.Number => (object)a.GetDecimal(),
            _ => a.GetString() ?? "",
        }).ToArray());
    }
}
