namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>The model of <c>_Applications</c>: the lines, and what the reader may do with them (the learner edits
/// their own; a manager turns an accepted one into a period).</summary>
public sealed record ApplicationsTable(IReadOnlyList<SearchView.ApplicationLine> Lines, bool Editable, bool CanCreatePeriods);
