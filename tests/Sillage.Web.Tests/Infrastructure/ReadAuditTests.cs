using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>Reads of personal data are audited in groups (ADR 0011): every read keeps its entry, with its reader,
/// subject and time, and a stopping instance writes what is waiting.</summary>
public sealed class ReadAuditTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Every_view_of_a_dashboard_in_a_burst_has_its_own_entry()
    {
        var learnerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.OtherLearner).Select(u => u.Id).SingleAsync());
        var teacherId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Teacher).Select(u => u.Id).SingleAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        await app.ReadAuditWrittenAsync();
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "suivi.dashboard-viewed" && a.SubjectId == learnerId));
        var started = app.Clock.GetUtcNow().UtcDateTime;

        var views = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => teacher.GetAsync($"/suivi/apprenants/{learnerId}")));
        Assert.All(views, v => Assert.Equal(System.Net.HttpStatusCode.OK, v.StatusCode));
        await app.ReadAuditWrittenAsync();

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "suivi.dashboard-viewed" && a.SubjectId == learnerId).ToListAsync());
        Assert.Equal(before + 12, entries.Count);
        Assert.Equal(12, entries.Count(e => e.ActorId == teacherId && e.At >= started));
    }

    [Fact]
    public async Task A_learner_viewing_their_own_dashboard_is_not_audited()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var learnerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync());
        var response = await learner.GetAsync($"/suivi/apprenants/{learnerId}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await app.ReadAuditWrittenAsync();
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "suivi.dashboard-viewed" && a.ActorId == learnerId)));
    }

    [Fact]
    public async Task A_stopping_writer_writes_the_entries_still_waiting()
    {
        var writer = new ReadAuditWriter(app.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<ReadAuditWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var subject = Guid.NewGuid();
        for (var i = 0; i < 30; i++)
        {
            Assert.True(writer.TryQueue(new AuditEntry { At = DateTime.UtcNow, Action = "person.viewed", SubjectId = subject, Details = $"arrêt {i}" }));
        }

        await writer.StopAsync(CancellationToken.None);
        Assert.Equal(30, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == subject)));
    }
}
