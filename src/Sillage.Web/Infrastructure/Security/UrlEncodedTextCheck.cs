using System.Text;
using Microsoft.AspNetCore.Diagnostics;

namespace Sillage.Web.Infrastructure.Security;

/// <summary>
/// The URL-encoded twin of <see cref="InvalidTextFilter"/>. ASP.NET's form reader refuses a body holding <c>%00</c>
/// with an exception (the antiforgery check then answers 400, « formulaire expiré »), and keeps an escape that is not
/// UTF-8 such as <c>%C3(</c> as literal characters: neither tells the person what went wrong. This middleware reads
/// such a body before anything else does, decodes every escape and answers the French 422 page (« Texte refusé »)
/// when a name or value holds NUL, another control character or bytes that are not UTF-8. Nothing runs, nothing is
/// written. The body is buffered, so the page still reads it when it is clean.
/// </summary>
public static class UrlEncodedTextCheck
{
    public static IApplicationBuilder UseSillageUrlEncodedTextCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            request.EnableBuffering();
            var valid = await IsValidAsync(request.Body, context.RequestAborted);
            request.Body.Position = 0;
            if (!valid)
            {
                // The error page is re-executed for this request: it must not read the refused body again.
                request.Body = Stream.Null;
                request.ContentLength = 0;
                request.ContentType = null;
                context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return;
            }
        }

        await next(context);
    });

    /// <summary>Whether every name and value of a URL-encoded body decodes to UTF-8 text without NUL or control
    /// characters (tab, line feed and carriage return are text). Read in chunks: the size is the server's business.</summary>
    public static async Task<bool> IsValidAsync(Stream body, CancellationToken cancel)
    {
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var input = new byte[16 * 1024];
        // An escape begun in the previous chunk and not completed may add two bytes to this one.
        var decoded = new byte[input.Length + 2];
        var chars = new char[decoded.Length + 4];
        var percent = false;
        var high = -1;
        try
        {
            int read;
            while ((read = await body.ReadAsync(input, cancel)) > 0)
            {
                var count = 0;
                foreach (var b in input.AsSpan(0, read))
                {
                    if (percent)
                    {
                        var value = HexValue(b);
                        if (value >= 0 && high < 0)
                        {
                            high = value;
                            continue;
                        }

                        percent = false;
                        if (value >= 0)
                        {
                            decoded[count++] = (byte)((high << 4) | value);
                            high = -1;
                            continue;
                        }

                        // Not an escape: the form reader keeps the characters as they are.
                        decoded[count++] = (byte)'%';
                        if (high >= 0)
                        {
                            decoded[count++] = (byte)"0123456789ABCDEF"[high];
                            high = -1;
                        }
                    }

                    switch (b)
                    {
                        case (byte)'%':
                            percent = true;
                            break;
                        case (byte)'&' or (byte)'=':
                            // A name or value ends here: a UTF-8 sequence cut by it is invalid.
                            if (!Decode(decoded, count, chars, decoder, flush: true))
                            {
                                return false;
                            }

                            count = 0;
                            break;
                        case (byte)'+':
                            decoded[count++] = (byte)' ';
                            break;
                        default:
                            decoded[count++] = b;
                            break;
                    }
                }

                if (!Decode(decoded, count, chars, decoder, flush: false))
                {
                    return false;
                }
            }

            return Decode(decoded, 0, chars, decoder, flush: true);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool Decode(byte[] decoded, int count, char[] chars, Decoder decoder, bool flush)
    {
        var length = decoder.GetChars(decoded, 0, count, chars, 0, flush);
        return !chars.AsSpan(0, length).ContainsAny(InvalidTextFilter.Controls);
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
