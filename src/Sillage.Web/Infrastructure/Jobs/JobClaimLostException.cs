namespace Sillage.Web.Infrastructure.Jobs;

/// <summary>The job's row no longer holds this worker's claim token: its lease ran out (the instance stalled) and
/// another instance took the job, or it was requeued. The stalled worker stops and writes nothing more.</summary>
public sealed class JobClaimLostException(Guid jobId) : Exception($"Job {jobId}: the claim was taken over by another worker.");
