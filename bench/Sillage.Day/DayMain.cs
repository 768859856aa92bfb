using System.Diagnostics;
using System.Globalization;

namespace Sillage.Day;

/// <summary>
/// "A day of a class" (issue 16, item 5): virtual users — learners, their teachers, a référent — play a school day
/// against the running app for a few minutes, each with its own browser and seeded think times. Reports each action's
/// count, errors, p50/p95/p99/max, the overall rate, the app's RSS and CPU, the load average; then checks that every
/// write the server acknowledged is there with its last text. Exits 1 on any error or lost write.
/// <c>dotnet run -c Release --project bench/Sillage.Day -- --accounts FILE [--base URL] [--users 200] [--duration 300] [--pid APP_PID] [--seed 1]</c>
/// (bench/day prepares the data, starts the published app and runs this).
/// </summary>
public static class DayMain
{
    private const double P95Goal = 100;

    public static async Task<int> Main(string[] args)
    {
        var options = DayOptions.Parse(args);
        var cast = Account.Cast(Account.Read(options.Accounts), options.Users);
        var learnersByCohort = Account.Read(options.Accounts).Where(a => a.Role == "learner").GroupBy(a => a.CohortId)
            .ToDictionary(g => g.Key ?? Guid.Empty, g => (IReadOnlyList<Guid>)g.Select(a => a.UserId).ToList());
        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A day of a class: {cast.Count} users ({cast.Count(a => a.Role == "learner")} learners, {cast.Count(a => a.Role == "teacher")} teachers, {cast.Count(a => a.Role == "referent")} référent) for {options.DurationSeconds} s against {options.BaseUrl}"));
        output.WriteLine($"load average at start: {LoadAverage()}");

        // Users arrive over the first tenth of the run (at most 30 s), as a class does at 8:00, not all in one millisecond;
        // latencies are measured from then on.
        var ramp = Math.Min(30_000, options.DurationSeconds * 100);
        var metrics = new Metrics(DateTime.UtcNow.AddMilliseconds(ramp));
        using var stop = new CancellationTokenSource();
        var cpuBefore = CpuTicks(options.AppPid);
        var clock = Stopwatch.StartNew();
        var learners = new List<LearnerDay>();
        var teachers = new List<TeacherDay>();
        var referents = new List<ReferentDay>();
        var browsers = new List<VirtualBrowser>();
        var days = cast.Select(async (account, i) =>
        {
            var random = new Random(options.Seed * 1000 + i);
            var browser = new VirtualBrowser(new Uri(options.BaseUrl), metrics, stop.Token);
            Func<Task> run;
            lock (browsers)
            {
                browsers.Add(browser);
                switch (account.Role)
                {
                    case "learner":
                        var learner = new LearnerDay(browser, account, random);
                        learners.Add(learner);
                        run = learner.RunAsync;
                        break;
                    case "teacher":
                        var teacher = new TeacherDay(browser, account, learnersByCohort[account.CohortId ?? Guid.Empty], random);
                        teachers.Add(teacher);
                        run = teacher.RunAsync;
                        break;
                    default:
                        var referent = new ReferentDay(browser, random);
                        referents.Add(referent);
                        run = referent.RunAsync;
                        break;
                }
            }

            try
            {
                await Task.Delay(ramp * i / cast.Count, stop.Token);
                if (await browser.SignInAsync(account))
                {
                    await run();
                }
            }
            catch (OperationCanceledException)
            {
                // The run is over: the user stops where they are (a draft left is remembered).
            }
        }).ToList();

        stop.CancelAfter(TimeSpan.FromSeconds(options.DurationSeconds));
        await Task.WhenAll(days);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuAfter = CpuTicks(options.AppPid);
        var loadAtEnd = LoadAverage();

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latencies measured after the {ramp / 1000} s ramp-up; errors over the whole run"));
        var slow = metrics.Print(output, seconds - ramp / 1000.0, P95Goal);
        var errors = metrics.Errors;
        if (options.AppPid is { } pid)
        {
            var cpu = (cpuAfter - cpuBefore) * 100.0 / (100 * seconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"app (pid {pid}): RSS {Rss(pid)} MB at the end, CPU {cpu:0} % over the run (200 % = both cores)"));
        }

        output.WriteLine($"load average at end: {loadAtEnd}");
        var ready = referents.SelectMany(r => r.ReadySeconds).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"writes acknowledged: {learners.Sum(l => l.Writes)} trace saves; {teachers.Sum(t => t.Comments)} feedback comments; {ready.Count} exports ready (median {(ready.Count == 0 ? 0 : ready.Order().ElementAt(ready.Count / 2)):0.0} s after the request)"));
        output.WriteLine(slow.Count == 0 ? $"p95 ≤ {P95Goal} ms on every action" : $"p95 over {P95Goal} ms: {string.Join(", ", slow)}");

        // The check goes through the app's pages, after the load (not measured): the editor shows each trace's text, or
        // its newer autosaved draft.
        var lost = 0;
        browsers.ForEach(b => b.AfterTheDay());
        foreach (var learner in learners)
        {
            lost += await learner.VerifyAsync(output);
        }

        output.WriteLine($"lost writes: {lost}");
        output.WriteLine($"errors: {errors}");
        browsers.ForEach(b => b.Dispose());
        return lost > 0 || errors > 0 ? 1 : 0;
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>User + system CPU ticks of the process (1/100 s on Linux).</summary>
    private static long CpuTicks(int? pid)
    {
        if (pid is null)
        {
            return 0;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static string Rss(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => (long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture))
            .FirstOrDefault() ?? "?";
}
