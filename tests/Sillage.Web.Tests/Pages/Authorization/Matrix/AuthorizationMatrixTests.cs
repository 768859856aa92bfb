using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>
/// Every handler × every caller × {own, another person's of the same establishment, the other establishment's}
/// resource, against <see cref="MatrixTable"/>. A refused cell must be refused (403, 404, another 4xx, or a
/// redirect to a sign-in or link page); a refused POST, sent with the caller's valid antiforgery token and the
/// complete body an allowed caller's form holds (<see cref="MatrixBodies"/>), must also leave the database as it was
/// (<see cref="DatabaseFingerprint"/>). An allowed GET must not be refused (a 404 is let through: the resource may
/// lack what the handler serves, a file or a plan; the count is printed). Allowed POSTs change data the other cells
/// need: <see cref="AllowedPostTests"/> sends them, with the same bodies, on an app of their own.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture app, ITestOutputHelper output) : IClassFixture<MatrixFixture>
{
    /// <summary>Cells that fail today, with why they are left for later; the test prints them. A gap that no
    /// longer fails must be taken off the list.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownGaps = new Dictionary<string, string>
    {
    };

    [Fact]
    public async Task Every_handler_of_the_app_is_in_the_table()
    {
        var handlers = await HandlerDiscovery.DiscoverAsync(app.Services);
        var table = MatrixTable.Pages.SelectMany(p => p.Verbs.Select(v => $"{v} {MatrixPage.Shape(p.Path)}")).ToList();
        var duplicates = table.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var discovered = handlers.Select(h => $"{h.Verb} {MatrixPage.Shape(h.Route)}").ToHashSet();
        var missing = handlers.Where(h => !table.Contains($"{h.Verb} {MatrixPage.Shape(h.Route)}")).Select(h => h.ToString()).ToList();
        var stale = table.Where(t => !discovered.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "Handlers missing from MatrixTable:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "MatrixTable lists handlers the app does not have:\n" + string.Join("\n", stale));
        Assert.True(duplicates.Count == 0, "Listed twice in MatrixTable:\n" + string.Join("\n", duplicates));
    }

    [Fact]
    public async Task The_fingerprint_sees_one_changed_value_and_nothing_else()
    {
        await using var fingerprint = await DatabaseFingerprint.OpenAsync(app.Services);
        var before = await fingerprint.TakeAsync();
        Assert.Empty(DatabaseFingerprint.Changes(before, await fingerprint.TakeAsync()));
        var learner = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Other.Learner).Select(u => u.Id).SingleAsync());
        var title = await app.WithDbAsync(db => db.Traces.Where(t => t.LearnerId == learner).Select(t => t.Title).FirstAsync());
        await app.WithDbAsync(db => db.Traces.Where(t => t.LearnerId == learner && t.Title == title).ExecuteUpdateAsync(s => s.SetProperty(t => t.Title, title + ".")));
        var changed = DatabaseFingerprint.Changes(before, await fingerprint.TakeAsync());
        await app.WithDbAsync(db => db.Traces.Where(t => t.LearnerId == learner && t.Title == title + ".").ExecuteUpdateAsync(s => s.SetProperty(t => t.Title, title)));
        Assert.Equal(["Traces (" + before["Traces"].Split(':')[0] + " → " + before["Traces"].Split(':')[0] + " rows)"], changed);
        Assert.Empty(DatabaseFingerprint.Changes(before, await fingerprint.TakeAsync()));
    }

    [Fact]
    public async Task Each_handler_refuses_whoever_the_table_refuses_and_a_refused_post_changes_nothing()
    {
        var cells = MatrixCell.All(app).ToList();
        var unresolved = cells.Where(c => c.Url is null).ToList();
        var failures = new ConcurrentBag<(string Cell, string Problem)>();
        var statuses = new ConcurrentDictionary<string, int>();
        var watch = Stopwatch.StartNew();

        var gets = cells.Where(c => c.Url is not null && c.Method == "GET").ToList();
        await Parallel.ForEachAsync(gets, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (cell, cancellation) =>
        {
            var response = await app.ClientFor(cell).GetAsync(cell.Url, cancellation);
            cell.Check(response, failures, statuses);
        });
        var getTime = watch.Elapsed;

        var bodies = await MatrixBodies.HarvestAsync(app, cells);
        var harvestTime = watch.Elapsed - getTime;

        var posts = cells.Where(c => c.Url is not null && c.Method == "POST" && !c.Allowed).ToList();
        await using (var fingerprint = await DatabaseFingerprint.OpenAsync(app.Services))
        {
            // Refused POSTs change nothing, so they run side by side in batches with one fingerprint per batch; a
            // batch that changed the database is sent again one request at a time to name the culprit.
            var before = await fingerprint.TakeAsync();
            foreach (var batch in posts.Chunk(PostBatch))
            {
                await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (cell, _) => cell.Check(await PostAsync(cell, bodies), failures, statuses));
                var after = await fingerprint.TakeAsync();
                if (DatabaseFingerprint.Changes(before, after).Count > 0)
                {
                    before = after;
                    var found = false;
                    foreach (var cell in batch)
                    {
                        await PostAsync(cell, bodies);
                        after = await fingerprint.TakeAsync();
                        var changes = DatabaseFingerprint.Changes(before, after);
                        if (changes.Count > 0)
                        {
                            failures.Add((cell.Key, "refused POST changed the database: " + string.Join(", ", changes)));
                            found = true;
                        }

                        before = after;
                    }

                    if (!found)
                    {
                        failures.Add((batch[0].Key, $"one of the {batch.Length} POSTs from here changed the database (not again when sent alone)"));
                    }
                }

                before = after;
            }
        }

        var failing = failures.GroupBy(f => f.Cell).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(f => f.Problem)));
        var gaps = failing.Where(f => KnownGaps.ContainsKey(f.Key)).ToList();
        var closed = KnownGaps.Keys.Where(k => !failing.ContainsKey(k)).ToList();
        var unexpected = failing.Where(f => !KnownGaps.ContainsKey(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

        output.WriteLine($"{cells.Count} cells: {gets.Count} GET sent in {getTime.TotalSeconds:0.0} s, bodies of {bodies.Handlers} POST handlers harvested in {harvestTime.TotalSeconds:0.0} s, " +
                         $"{posts.Count} refused POST sent ({posts.Count(c => bodies.For(c) is not null)} with a complete body; batches of {PostBatch}, one fingerprint each) in {(watch.Elapsed - getTime - harvestTime).TotalSeconds:0.0} s; " +
                         $"{cells.Count(c => c.Method == "POST" && c.Allowed)} allowed POST left to AllowedPostTests; {unresolved.Count} without test data ({(app.IsPostgres ? "PostgreSQL" : "SQLite")}).");
        output.WriteLine("Statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} ×{s.Value}")));
        output.WriteLine("Cells without test data: " + string.Join(", ", unresolved.Select(c => c.Kinds).Distinct().Order(StringComparer.Ordinal)));
        foreach (var (cell, problem) in gaps)
        {
            output.WriteLine($"KNOWN GAP {cell}: {problem} — {KnownGaps[cell]}");
        }

        output.WriteLine("POST handlers without a body:\n" + string.Join("\n", bodies.Problems));
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} cells disagree with MatrixTable:\n" + string.Join("\n", unexpected.Select(f => $"{f.Key}: {f.Value}")));
        Assert.True(closed.Count == 0, "Known gaps that no longer fail (take them off KnownGaps):\n" + string.Join("\n", closed));
        Assert.True(bodies.Problems.Count == 0, "POST handlers without a body:\n" + string.Join("\n", bodies.Problems));
    }

    private const int PostBatch = 64;

    /// <summary>Sends the cell's POST with its harvested body and the caller's own antiforgery token (the token alone
    /// for a handler declared unharvestable).</summary>
    private Task<HttpResponseMessage> PostAsync(MatrixCell cell, MatrixBodies bodies) =>
        app.ClientFor(cell).PostAsync(cell.Url, (bodies.For(cell) ?? FormBody.Empty).ToContent(app.AntiforgeryTokenFor(cell.Caller)));
}
