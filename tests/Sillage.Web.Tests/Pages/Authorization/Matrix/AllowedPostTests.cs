using System.Diagnostics;
using Xunit.Abstractions;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>The app for <see cref="AllowedPostTests"/> alone: its POSTs change establishment A's data, which the
/// matrix's fixture must not see.</summary>
public sealed class AllowedPostFixture : MatrixFixture;

/// <summary>
/// The control of the matrix's refused POSTs: every POST handler is sent once by a caller of establishment A whom
/// <see cref="MatrixTable"/> lets in, on their own resource, with the body harvested the way the refused cells'
/// bodies are (<see cref="MatrixBodies"/>). It must be accepted (2xx or a redirect that is not to a sign-in page,
/// no validation message) and must change the database (<see cref="DatabaseFingerprint"/>); the exceptions are
/// declared with why in <see cref="MatrixTable.ControlsNotAccepted"/> and <see cref="MatrixTable.ControlsThatChangeNothing"/>; edit
/// forms are sent with one field changed (<see cref="MatrixTable.ControlEdits"/>).
/// So a refused cell's "nothing changed" means the refusal stopped a request that would have worked.
/// </summary>
public sealed class AllowedPostTests(AllowedPostFixture app, ITestOutputHelper output) : IClassFixture<AllowedPostFixture>
{
    [Fact]
    public async Task Each_post_handler_accepts_the_body_the_refused_callers_were_sent_and_changes_data()
    {
        var watch = Stopwatch.StartNew();
        var cells = MatrixCell.All(app).Where(c => c.Method == "POST").ToList();
        var controls = cells.Where(c => c.Allowed && c.Url is not null && c.Caller.Establishment == 'A' && c.Variant is Variant.Own or Variant.None)
            .GroupBy(c => c.Handler).OrderBy(g => Rank(g.Key)).ThenBy(g => MatrixTable.Unharvestable.ContainsKey(g.Key) ? 1 : 0).ToList();
        var untried = cells.Select(c => c.Handler).Distinct().Where(h => controls.All(c => c.Key != h)).ToList();

        var failures = new List<string>();
        var accepted = 0;
        var changed = 0;
        var declaredUnharvestable = 0;
        var harvestedLate = new List<string>();
        await using var fingerprint = await DatabaseFingerprint.OpenAsync(app.Services);
        foreach (var group in controls)
        {
            // The first caller who sees the form sends it, as for the refused cells' bodies.
            var (cell, body, problem) = (group.First(), (FormBody?)null, (string?)null);
            foreach (var caller in MatrixBodies.Harvesters(group.Select(c => c.Caller), 'A'))
            {
                cell = group.First(c => c.Caller == caller);
                (body, problem) = await FormBody.HarvestAsync(app.ClientFor(caller), cell.Page!, cell.HandlerName);
                if (body is not null)
                {
                    break;
                }
            }

            // A handler the page as it opens offers no form for may offer one once the controls before it set the
            // state it needs (a feedback request sent, a draft saved): then it is sent and checked like the others.
            var unharvestable = MatrixTable.Unharvestable.ContainsKey(group.Key);
            if (body is null && unharvestable)
            {
                declaredUnharvestable++;
                continue;
            }

            if (unharvestable)
            {
                harvestedLate.Add(group.Key);
            }

            if (body is null)
            {
                if (!MatrixTable.ControlsNotAccepted.ContainsKey(group.Key))
                {
                    failures.Add($"{cell.Handler} ({cell.Caller}): no body, {problem}");
                }

                continue;
            }

            if (MatrixTable.ControlEdits.TryGetValue(cell.Handler, out var edit))
            {
                body = body.With(edit.Field, edit.Value);
            }

            var client = app.ClientFor(cell.Caller);
            await app.WaitForJobsAsync();
            var before = await fingerprint.TakeAsync();
            var response = await client.PostAsync(cell.Url, body.ToContent(app.AntiforgeryTokenFor(cell.Caller)));
            await app.WaitForJobsAsync();
            var changes = DatabaseFingerprint.Changes(before, await fingerprint.TakeAsync());
            var errors = await MatrixCell.ErrorsAsync(response);
            var ok = (int)response.StatusCode < 400 && !MatrixCell.IsRefusal(response) && errors.Count == 0;
            var got = MatrixCell.Describe(response, errors);
            var declaredRefusal = MatrixTable.ControlsNotAccepted.ContainsKey(cell.Handler);
            var declaredNoChange = MatrixTable.ControlsThatChangeNothing.ContainsKey(cell.Handler);
            if (ok)
            {
                accepted++;
            }

            if (changes.Count > 0)
            {
                changed++;
            }

            if (!ok && !declaredRefusal)
            {
                failures.Add($"{cell.Handler} ({cell.Caller}): not accepted, {got}");
            }
            else if (ok && declaredRefusal)
            {
                failures.Add($"{cell.Handler} ({cell.Caller}): accepted ({got}) but declared in ControlsNotAccepted; take it off");
            }
            else if (ok && changes.Count == 0 && !declaredNoChange)
            {
                failures.Add($"{cell.Handler} ({cell.Caller}): accepted ({got}) but nothing changed");
            }
            else if (changes.Count > 0 && declaredNoChange)
            {
                failures.Add($"{cell.Handler} ({cell.Caller}): changed {string.Join(", ", changes)} but declared in ControlsThatChangeNothing; take it off");
            }
        }

        output.WriteLine($"{controls.Count} POST handlers sent by an allowed caller of A on their own resource with the harvested body ({(app.IsPostgres ? "PostgreSQL" : "SQLite")}, " +
                         $"{watch.Elapsed.TotalSeconds:0.0} s): {accepted} accepted, {changed} changed the database, {declaredUnharvestable} declared unharvestable and still without a form, " +
                         $"{harvestedLate.Count} declared unharvestable but offered a form once the controls before them had run ({string.Join(", ", harvestedLate)}).");
        output.WriteLine("Not sent (no caller of A let in on their own resource, or no test data): " + string.Join(", ", untried));
        Assert.True(failures.Count == 0, $"{failures.Count} controls disagree:\n" + string.Join("\n", failures));
    }

    /// <summary>Controls that remove what others need go after them: parts of a resource, then whole resources, then
    /// those that end a link session, a caller's session or account, and signing out last.</summary>
    internal static int Rank(string handler)
    {
        bool Has(string part) => handler.Contains(part, StringComparison.Ordinal);
        string[] parts = ["Delete", "Remove", "Discard", "Withdraw", "Refuse"];
        string[] sessions = ["POST Password", "POST Deactivate", "POST Revoke", "/effacer"];
        return handler.EndsWith("/deconnexion", StringComparison.Ordinal) ? 5
            : sessions.Any(Has) ? 4
            : Has("POST Leave") || Has("/nouvelle-annee") ? 3
            : (handler.StartsWith("POST Delete /", StringComparison.Ordinal) && (Has("/modifier") || Has("/editer/"))) || Has("POST Publish /referentiel/brouillons/") ? 2
            : parts.Any(Has) ? 1 : 0;
    }
}
