using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Sillage.Day;

/// <summary>The référent's day: every half-minute or so, asks for a learner's dossier export (JSON) on the export page,
/// follows the job, and downloads the file once the export page lists it as ready.</summary>
public sealed partial class ReferentDay(VirtualBrowser browser, Random random)
{
    public List<double> ReadySeconds { get; } = [];

    public async Task RunAsync()
    {
        while (true)
        {
            await browser.GetAsync("referent home", "/");
            await browser.ThinkAsync(random, 2000, 5000);
            var list = await browser.GetAsync("export: learner list", "/dossier/exporter");
            var learners = HtmlForm.LinkedIds(list.Body, "/dossier/exporter/");
            if (browser.Expect("export: learner list", list, learners.Count > 0, "learners to export"))
            {
                await browser.ThinkAsync(random, 2000, 5000);
                await ExportAsync(learners[random.Next(learners.Count)]);
            }

            await browser.ThinkAsync(random, 20000, 40000);
        }
    }

    private async Task ExportAsync(Guid learnerId)
    {
        var path = $"/dossier/exporter/{learnerId}";
        var page = await browser.GetAsync("export page", path);
        var form = HtmlForm.Find(page.Body, path, "value=\"Json\"");
        if (!browser.Expect("export page", page, form is not null, "the JSON export form"))
        {
            return;
        }

        var before = Downloads(page.Body);
        var asked = await browser.PostAsync("export request", form!);
        if (!browser.Expect("export request", asked, asked.Status == 302, "a redirect to the job"))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        await browser.GetAsync("export job page", asked.Location!);
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await browser.ThinkAsync(random, 1500, 2500);
            var refreshed = await browser.GetAsync("export page", path);
            if (Downloads(refreshed.Body).Except(before).FirstOrDefault() is { } link)
            {
                ReadySeconds.Add(clock.Elapsed.TotalSeconds);
                var file = await browser.GetAsync("export download", link);
                browser.Expect("export download", file, file.Status == 200 && file.Body.Length > 0, "the file");
                return;
            }
        }

        browser.Expect("export page", new VirtualBrowser.Response(200, "", null, true), false, "the export ready within 2 minutes");
    }

    private static List<string> Downloads(string html) =>
        DownloadLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("href=\"([^\"]*handler=File[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex DownloadLink();
}
