using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sillage.Domain.Certification;

/// <summary>
/// The canonical serialisation of a <see cref="SnapshotDocument"/> and its fingerprint: compact UTF-8 JSON, camelCase
/// properties in declaration order, nulls written, no escaping of accented letters — the same document always
/// gives the same bytes. The fingerprint is the lowercase hex SHA-256 of those bytes.
/// </summary>
public static class SnapshotJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(SnapshotDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    public static SnapshotDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<SnapshotDocument>(json, Options) ?? throw new FormatException("Empty snapshot.");

    public static string Fingerprint(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string Fingerprint(string text) => Fingerprint(Encoding.UTF8.GetBytes(text));

    /// <summary>A pasted fingerprint, cleaned (spaces, case); null when it is not 64 hex characters.</summary>
    public static string? NormalizeFingerprint(string? text)
    {
        var cleaned = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != ':').ToArray()).ToLowerInvariant();
        return cleaned.Length == 64 && cleaned.All(char.IsAsciiHexDigitLower) ? cleaned : null;
    }

    /// <summary>"1a2b 3c4d …": the fingerprint in groups of four, as printed.</summary>
    public static string Grouped(string fingerprint) =>
        string.Join(' ', Enumerable.Range(0, (fingerprint.Length + 3) / 4).Select(i => fingerprint.Substring(i * 4, Math.Min(4, fingerprint.Length - i * 4))));
}
