using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Pages.Privacy;
using Sillage.Web.Tests.Pages.Exports;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Privacy;

public sealed class PersonalDataTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Every_person_reference_of_the_model_is_in_the_personal_data_map()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var mapped = PersonalDataMap.Rules.Select(r => (r.Entity, r.Property)).ToHashSet();
        var missing = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.ClrType != typeof(User)))
        {
            var toUser = entity.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(User)).SelectMany(fk => fk.Properties).Select(p => p.Name);
            var named = entity.GetProperties().Where(p => (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?)) && PersonalDataMap.LooksLikePersonReference(p.Name)).Select(p => p.Name);
            foreach (var property in toUser.Concat(named).Distinct())
            {
                if (!mapped.Contains((entity.ClrType, property)))
                {
                    missing.Add($"{entity.ClrType.Name}.{property}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Not in PersonalDataMap: " + string.Join(", ", missing));
        Assert.All(PersonalDataMap.Rules, r => Assert.NotNull(db.Model.FindEntityType(r.Entity)?.FindProperty(r.Property)));
    }

    [Fact]
    public async Task A_person_downloads_all_their_data()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var page = await learner.GetPageAsync("/compte");
        var response = await learner.SubmitAsync(page, "form[action*='handler=Data']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var jobId = Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
        var job = await app.WaitForJobAsync(jobId);
        Assert.Equal(BackgroundJobStatus.Succeeded, job.Status);
        var file = await learner.GetAsync($"/taches/{jobId}?handler=File");
        using var zip = new System.IO.Compression.ZipArchive(await file.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("donnees.json")!.Open());
        var json = await reader.ReadToEndAsync();
        Assert.Contains(Accounts.Learner, json, StringComparison.Ordinal);
        Assert.Contains("Trace.LearnerId", json, StringComparison.Ordinal);
        // The rows' own collections come with them: the demo's projet professionnel and its two steps.
        var project = FindProperty(System.Text.Json.JsonDocument.Parse(json).RootElement, "ProfessionalProject.LearnerId")!.Value[0];
        Assert.Equal(2, project.GetProperty("steps").GetArrayLength());
        Assert.DoesNotContain("PasswordHash", json, StringComparison.Ordinal);
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("fichiers/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(Accounts.OtherLearner)).GetAsync($"/taches/{jobId}?handler=File")).StatusCode);
    }

    private static System.Text.Json.JsonElement? FindProperty(System.Text.Json.JsonElement element, string name)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == name)
                {
                    return property.Value;
                }

                if (FindProperty(property.Value, name) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    [Fact]
    public async Task Erasure_removes_the_person_from_every_table_and_the_file_store_except_what_is_kept()
    {
        var email = Accounts.OtherLearner;
        var (personId, first, last) = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => new ValueTuple<Guid, string, string>(u.Id, u.FirstName, u.LastName)).SingleAsync());
        // Give the person a trace with a file, an export, a share and a feedback request first.
        var learner = await app.SignInAsync(email);
        var traceId = await learner.CreateAsync("Trace à effacer", "Texte personnel.");
        var upload = await learner.GetPageAsync($"/dossier/traces/{traceId}/pieces");
        await learner.SubmitAsync(upload, "form[enctype]", files: new() { ["files"] = ("note.txt", Encoding.UTF8.GetBytes("contenu secret"), "text/plain") });
        await app.ExportAsync(learner, "Json");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        await app.ExportAsync(teacher, "Site", personId);
        var keys = await app.WithDbAsync(async db =>
            (await db.Attachments.Where(a => db.Traces.Any(t => t.Id == a.TraceId && t.LearnerId == personId)).Select(a => a.StorageKey).ToListAsync())
            .Concat(await db.PortfolioExports.Where(e => e.LearnerId == personId).Join(db.BackgroundJobs, e => e.JobId, j => j.Id, (e, j) => j.ResultFileKey!).ToListAsync())
            .ToList());
        Assert.True(keys.Count >= 3);

        var admin = await app.SignInAsync(Accounts.Admin);
        var page = await admin.GetPageAsync($"/admin/personnes/{personId}/effacer");
        Assert.Contains("Traces du dossier", page.Text, StringComparison.Ordinal);
        var refused = await (await admin.SubmitAsync(page, "#erase-form", new() { ["Confirmation"] = "quelqu'un d'autre" })).ToPageAsync();
        Assert.NotEmpty(refused.Errors());
        Assert.Equal(1, await app.WithDbAsync(db => db.Traces.CountAsync(t => t.Id == traceId)));

        var done = await (await admin.SubmitAsync(page, "#erase-form", new() { ["Confirmation"] = $"{first} {last}" })).ToPageAsync();
        Assert.Empty(done.Errors());
        Assert.Contains("Effacement terminé", done.Text, StringComparison.Ordinal);

        // Every Delete rule leaves no row; the account is anonymised; the files are gone.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
            foreach (var rule in PersonalDataMap.Rules.Where(r => r.Handling == PersonalDataHandling.Delete))
            {
                Assert.True(await PersonRows.CountAsync(db, rule, personId, default) == 0, $"{rule.Entity.Name}.{rule.Property}");
            }

            var user = await db.Users.SingleAsync(u => u.Id == personId);
            Assert.Null(user.Email);
            Assert.NotNull(user.ErasedAt);
            var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
            foreach (var key in keys)
            {
                Assert.False(await store.ExistsAsync(key), key);
            }

            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "person.erased" && e.SubjectId == personId));
        }

        // Nothing in the database names the person any more.
        foreach (var needle in new[] { email, $"{first} {last}", $"{last} {first}", "contenu secret", "Texte personnel" })
        {
            Assert.Empty(await FindTextAsync(needle));
        }
    }

    /// <summary>Every text column of every table holding the text (SQLite: the whole file is also searched).</summary>
    private async Task<List<string>> FindTextAsync(string needle)
    {
        var hits = new List<string>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null)
            {
                continue;
            }

            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var column = property.GetColumnName();
                var sql = app.IsPostgres
                    ? $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" ILIKE {{0}}"
                    : $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" LIKE {{0}}";
                var count = await db.Database.SqlQueryRaw<int>(sql, $"%{needle}%").SingleAsync();
                if (count > 0)
                {
                    hits.Add($"{table}.{column}");
                }
            }
        }

        if (!app.IsPostgres && db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            // The erasure checkpoints and vacuums SQLite, so that no freed page keeps the old bytes.
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource;
            var bytes = await File.ReadAllBytesAsync(path);
            if (Encoding.UTF8.GetString(bytes).Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                hits.Add("sqlite file");
            }
        }

        return hits;
    }
}
