namespace Sillage.Web.Pages.Situations;

/// <summary>What the assignments partial shows.</summary>
/// <param name="ShowSituation">A column with the situation (lists across situations).</param>
/// <param name="CanDelete">A remove button on each row (the assignment page).</param>
public sealed record AssignmentList(IReadOnlyList<AssignmentRow> Rows, DateOnly Today, bool ShowSituation, bool CanDelete);
