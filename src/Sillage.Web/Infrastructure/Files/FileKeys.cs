namespace Sillage.Web.Infrastructure.Files;

public static class FileKeys
{
    /// <summary>A new key under a prefix, e.g. <c>FileKeys.New("attachments")</c> → attachments/2026/11/0193…</summary>
    public static string New(string prefix, DateTime now) => $"{prefix}/{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}";

    public static void Validate(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 300 || key.StartsWith('/') || key.Contains("..", StringComparison.Ordinal)
            || !key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '/'))
        {
            throw new ArgumentException($"Invalid file key '{key}'.", nameof(key));
        }
    }
}
