namespace Sillage.Domain.Portfolio;

/// <summary>A file attached to a trace. The bytes live in the file store under <see cref="StorageKey"/>, made by
/// the platform; <see cref="FileName"/> is the cleaned original name, shown and offered on download only.</summary>
public class Attachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TraceId { get; set; }
    public required string FileName { get; set; }
    public required string StorageKey { get; set; }
    public required string ContentType { get; set; }
    public required string Extension { get; set; }
    public long Size { get; set; }
    public bool IsImage { get; set; }
    public Guid UploadedById { get; set; }
    public DateTime UploadedAt { get; set; }

    /// <summary>Removed from the trace; the file is kept until the trace's data is erased.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>A name not yet used among <paramref name="existing"/>: "rapport.pdf", then "rapport (2).pdf"…</summary>
    public static string UniqueName(string name, IEnumerable<string> existing)
    {
        var taken = new HashSet<string>(existing, StringComparer.OrdinalIgnoreCase);
        if (!taken.Contains(name))
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        var extension = dot > 0 ? name[dot..] : "";
        for (var i = 2; ; i++)
        {
            var candidate = $"{stem} ({i}){extension}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
