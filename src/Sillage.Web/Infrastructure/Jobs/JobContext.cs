using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Infrastructure.Jobs;

/// <summary>What a running job sees: its record, its payload, progress reporting and result storage. Every write is
/// conditional on the job's claim token: once another instance took the job over, <see cref="ReportAsync"/> throws
/// <see cref="JobClaimLostException"/> and the result is not recorded.</summary>
public sealed class JobContext(BackgroundJob job, IServiceProvider services, IFileStore files, TimeProvider clock)
{
    public BackgroundJob Job { get; } = job;
    public IServiceProvider Services { get; } = services;

    public T Payload<T>() => JsonSerializer.Deserialize<T>(Job.PayloadJson, JsonSerializerOptions.Web)
                             ?? throw new InvalidOperationException($"Job {Job.Id} has no payload.");

    /// <summary>Saves progress (0–100) and a short message the owner sees (in their language: it is stored as a
    /// <see cref="Message"/>).</summary>
    public async Task ReportAsync(int progress, Message? message = null, CancellationToken cancellationToken = default)
    {
        var db = Services.GetRequiredService<SillageDb>();
        var stored = message is null ? null : StoredMessage.Write(message, BackgroundJob.MessageMaxLength);
        var value = Math.Clamp(progress, 0, 100);
        var lease = clock.GetUtcNow().UtcDateTime.Add(JobWorker.Lease);
        var token = Job.ClaimToken;
        var written = await db.BackgroundJobs.Where(j => j.Id == Job.Id && j.ClaimToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Progress, value)
            .SetProperty(j => j.Message, stored)
            .SetProperty(j => j.LeaseUntil, lease), cancellationToken);
        if (written == 0)
        {
            throw new JobClaimLostException(Job.Id);
        }

        Job.Progress = value;
        Job.Message = stored;
    }

    /// <summary>The sentence the owner reads when the job succeeds (else its last progress message, or "Terminé.").</summary>
    public void Done(Message message) => Job.Message = StoredMessage.Write(message, BackgroundJob.MessageMaxLength);

    /// <summary>Set by <see cref="Fail"/>: the job ends failed with this message instead of succeeding.</summary>
    public Message? FailureMessage { get; private set; }

    /// <summary>Ends the job as failed with a message the owner reads (an expected failure, such as an invalid
    /// file: nothing is logged as an error). Throwing instead shows a generic message.</summary>
    public void Fail(Message message) => FailureMessage = message;

    /// <summary>Stores a list of French lines (the errors found in an imported file) as the job's result: the job page
    /// shows them as a list, whatever the job's outcome.</summary>
    public Task SaveReportAsync(IEnumerable<string> lines, string fileName, CancellationToken cancellationToken = default) =>
        SaveResultAsync(JobReport.Write(lines), fileName, JobReport.ContentType, cancellationToken);

    /// <summary>Stores the file the job produced; the owner downloads it from the job page.</summary>
    public async Task SaveResultAsync(Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        var key = FileKeys.New("jobs", clock.GetUtcNow().UtcDateTime);
        await files.SaveAsync(key, content, contentType, cancellationToken);
        Job.ResultFileKey = key;
        Job.ResultFileName = fileName;
        Job.ResultContentType = contentType;
    }
}
