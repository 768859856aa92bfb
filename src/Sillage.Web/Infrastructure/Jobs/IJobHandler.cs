namespace Sillage.Web.Infrastructure.Jobs;

/// <summary>Does one kind of background job. Registered with <c>services.AddJobHandler&lt;T&gt;()</c>; runs in
/// its own DI scope. Throwing marks the job failed with a generic French message (the exception is logged).</summary>
public interface IJobHandler
{
    string Kind { get; }

    Task RunAsync(JobContext context, CancellationToken cancellationToken);
}
