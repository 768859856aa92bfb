using Sillage.Domain;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.Exports;

/// <summary>Tells the person who asked for an export, an import (or their personal data) that it is ready, or that it failed,
/// with a notification leading to the job's page.</summary>
public sealed class JobNotifier(SillageDb db, TimeProvider clock) : IJobListener
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string> { ExportJob.JobKind, ImportJob.JobKind, Privacy.PersonalDataJob.JobKind };

    public async Task FinishedAsync(BackgroundJob job, BackgroundJobStatus status, CancellationToken cancellationToken)
    {
        if (job.OwnerId is not { } owner || !Kinds.Contains(job.Kind))
        {
            return;
        }

        var title = StoredMessage.Read(job.Title);
        var text = status != BackgroundJobStatus.Succeeded ? new Message("{0} : échec.", title)
            : job.ResultFileKey is null ? new Message("{0} : terminé.", title)
            : new Message("{0} : prêt à télécharger.", title);
        db.Notifications.Add(new Notification
        {
            UserId = owner,
            Kind = NotificationKind.JobFinished,
            Text = StoredMessage.Write(text, Notification.TextMaxLength),
            Url = $"/taches/{job.Id}",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
