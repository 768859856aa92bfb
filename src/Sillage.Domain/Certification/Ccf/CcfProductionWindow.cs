namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// The timed production of a practical situation (E3-B: two hours at the establishment to produce a resource in
/// French from English technical documentation): the source document is visible to a candidate only during their
/// time (extra time included), and a production uploaded after it is kept but marked late — a file is never
/// refused for being late, the evaluators decide.
/// </summary>
public static class CcfProductionWindow
{
    public static bool SourceVisible(CcfSitting sitting, CcfCandidate candidate, DateTime now) =>
        candidate.Attendance is CcfAttendance.Convened or CcfAttendance.Present
        && sitting.StartsAt <= now && now < sitting.EndsAtFor(candidate);

    public static bool IsLate(CcfSitting sitting, CcfCandidate candidate, DateTime uploadedAt) => uploadedAt >= sitting.EndsAtFor(candidate);

    /// <summary>Uploads open at the start; before it there is nothing to upload.</summary>
    public static bool UploadOpen(CcfSitting sitting, DateTime now) => now >= sitting.StartsAt;
}
