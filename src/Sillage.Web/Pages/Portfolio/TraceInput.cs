using System.ComponentModel.DataAnnotations;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The editor's fields (create and edit pages, and their autosave).</summary>
public sealed class TraceInput
{
    [Display(Name = "Titre")]
    public string? Title { get; set; }

    [Display(Name = "Type de trace")]
    public TraceKind Kind { get; set; } = TraceKind.ActivityReport;

    [Display(Name = "Date de l'activité")]
    public DateOnly? ActivityDate { get; set; }

    [Display(Name = "Contexte")]
    public TraceContext Context { get; set; } = TraceContext.Formation;

    [Display(Name = "Précision sur le contexte")]
    public string? ContextLabel { get; set; }

    /// <summary>The PFMP period, situation or mission record, when the trace is started from one.</summary>
    public Guid? ContextReferenceId { get; set; }

    [Display(Name = "Texte")]
    public string? Body { get; set; }

    [Display(Name = "Mots-clés")]
    public string? Tags { get; set; }

    /// <summary>The version of the trace the editor started from.</summary>
    public int Version { get; set; }

    /// <summary>The editor session (one per opened tab), which owns its draft.</summary>
    public Guid Session { get; set; } = Guid.NewGuid();

    public TraceContent ToContent(DateOnly today) =>
        new((Title ?? "").Trim(), Kind, ActivityDate ?? today, Context, ContextLabel?.Trim(), Body ?? "", Tags ?? "");

    public static TraceInput From(Trace trace) => new()
    {
        Title = trace.Title, Kind = trace.Kind, ActivityDate = trace.ActivityDate, Context = trace.Context,
        ContextLabel = trace.ContextLabel, ContextReferenceId = trace.ContextReferenceId, Body = trace.Body, Tags = trace.Tags, Version = trace.Version,
    };

    public static TraceInput From(TraceDraft draft) => new()
    {
        Title = draft.Title, Kind = draft.Kind, ActivityDate = draft.ActivityDate, Context = draft.Context,
        ContextLabel = draft.ContextLabel, Body = draft.Body, Tags = draft.Tags, Version = draft.BaseVersion, Session = draft.Session,
    };

    /// <summary>Copies the editor's state into a draft, cut to the draft's column sizes (a draft is never refused).</summary>
    public void CopyTo(TraceDraft draft, DateTime now)
    {
        draft.Title = Cut(Title, 1000);
        draft.Kind = Enum.IsDefined(Kind) ? Kind : TraceKind.Other;
        draft.ActivityDate = ActivityDate;
        draft.Context = Enum.IsDefined(Context) ? Context : TraceContext.Formation;
        draft.ContextLabel = Cut(ContextLabel, 1000);
        draft.Body = Body ?? "";
        draft.Tags = Cut(Tags, 2000);
        draft.BaseVersion = Version;
        draft.SavedAt = now;
    }

    private static string Cut(string? text, int max) => text is null ? "" : text.Length <= max ? text : text[..max];
}
