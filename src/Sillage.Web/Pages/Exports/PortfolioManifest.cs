using System.Text.Json;
using System.Text.Json.Serialization;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// The <c>manifest.json</c> of a JSON export (format documented in docs/export-format.md, JSON Schema in
/// docs/export-format.schema.json). Attachments are files of the same zip, named by <see cref="AttachmentEntry.Path"/>.
/// Changing these records changes the format: bump <see cref="CurrentVersion"/> and keep reading the old one.
/// </summary>
public sealed record PortfolioManifest
{
    public const string FormatName = "sillage-portfolio";
    public const int CurrentVersion = 1;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public required string Format { get; init; }
    public required int FormatVersion { get; init; }
    public required DateTime ExportedAt { get; init; }
    public required PersonEntry Learner { get; init; }
    public FrameworkEntry? Framework { get; init; }
    public required IReadOnlyList<TraceEntry> Traces { get; init; }

    public sealed record PersonEntry
    {
        public required string FirstName { get; init; }
        public required string LastName { get; init; }
        public string? Email { get; init; }
    }

    public sealed record FrameworkEntry
    {
        public required string Code { get; init; }
        public required string Version { get; init; }
        public required string Title { get; init; }
    }

    public sealed record TraceEntry
    {
        public required Guid Id { get; init; }
        public required string Title { get; init; }
        public required TraceKind Kind { get; init; }
        public required DateOnly ActivityDate { get; init; }
        public required TraceContext Context { get; init; }
        public string? ContextLabel { get; init; }
        public required string Body { get; init; }
        public required IReadOnlyList<string> Tags { get; init; }
        public required int Version { get; init; }
        public required DateTime CreatedAt { get; init; }
        public required DateTime UpdatedAt { get; init; }
        public DateTime? DeletedAt { get; init; }
        public required IReadOnlyList<RevisionEntry> Revisions { get; init; }
        public required IReadOnlyList<CompetenceEntry> Competences { get; init; }

        /// <summary>The savoirs associés the trace mobilises. Absent from the exports made before it was added: read as none.</summary>
        public IReadOnlyList<KnowledgeEntry> Knowledge { get; init; } = [];
        public required IReadOnlyList<AttachmentEntry> Attachments { get; init; }
        public required IReadOnlyList<FeedbackEntry> Feedback { get; init; }
    }

    public sealed record RevisionEntry
    {
        public required int Version { get; init; }
        public required DateTime SavedAt { get; init; }
        public required string Title { get; init; }
        public required TraceKind Kind { get; init; }
        public required DateOnly ActivityDate { get; init; }
        public required TraceContext Context { get; init; }
        public string? ContextLabel { get; init; }
        public required string Body { get; init; }
        public required IReadOnlyList<string> Tags { get; init; }
    }

    public sealed record CompetenceEntry
    {
        /// <summary>The framework code of the compétence or compétence détaillée ("C2.3"): matched on import.</summary>
        public required string Code { get; init; }
        public string? Title { get; init; }
        public required string Justification { get; init; }
        public int? SelfLevel { get; init; }
    }

    public sealed record KnowledgeEntry
    {
        /// <summary>The framework code of the savoir associé: matched on import, as competences are.</summary>
        public required string Code { get; init; }
        public string? Title { get; init; }
    }

    public sealed record AttachmentEntry
    {
        public required Guid Id { get; init; }
        public required string FileName { get; init; }
        public required string ContentType { get; init; }
        public required long Size { get; init; }

        /// <summary>Lowercase hex SHA-256 of the file's bytes.</summary>
        public required string Sha256 { get; init; }

        /// <summary>Where the bytes are in the zip: "files/{id}.{extension}".</summary>
        public required string Path { get; init; }
        public required DateTime UploadedAt { get; init; }
        public DateTime? DeletedAt { get; init; }
    }

    public sealed record FeedbackEntry
    {
        public required Guid Id { get; init; }

        /// <summary>The thread's first comment, for a reply.</summary>
        public Guid? ParentId { get; init; }
        public required string Author { get; init; }
        public required bool ByStaff { get; init; }
        public required string Body { get; init; }
        public string? Quote { get; init; }
        public required int TraceVersion { get; init; }
        public required FeedbackVerdict Verdict { get; init; }
        public required DateTime CreatedAt { get; init; }
        public DateTime? ResolvedAt { get; init; }
    }
}
