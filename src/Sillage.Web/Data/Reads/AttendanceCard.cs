namespace Sillage.Web.Data.Reads;

/// <summary>What <c>_AttendanceCard</c> shows: a learner's attendance in a cohort and whether the viewer may open the
/// detail (the learner themself, or staff who read the cohort's attendance).</summary>
public sealed record AttendanceCard(Guid CohortId, AttendanceSummary Summary, bool OwnView, bool CanOpenDetail = true);
