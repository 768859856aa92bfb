namespace Sillage.Day;

/// <summary>A teacher's day: their home, the class heatmap, a learner's dashboard, the feedback queue, and feedback
/// given on a trace (the oldest request of the queue, or a trace of a learner of the class).</summary>
public sealed class TeacherDay(VirtualBrowser browser, Account account, IReadOnlyList<Guid> learners, Random random)
{
    public int Comments { get; private set; }

    public async Task RunAsync()
    {
        while (true)
        {
            await browser.GetAsync("teacher home", "/");
            await browser.ThinkAsync(random, 2000, 6000);
            await browser.GetAsync("class heatmap", $"/suivi/promotions/{account.CohortId}");
            await browser.ThinkAsync(random, 3000, 8000);
            var learner = learners[random.Next(learners.Count)];
            await browser.GetAsync("learner dashboard (teacher)", $"/suivi/apprenants/{learner}");
            await browser.ThinkAsync(random, 3000, 8000);
            var queue = await browser.GetAsync("feedback queue", "/retours");
            var traces = HtmlForm.LinkedIds(queue.Body, "/dossier/traces/");
            if (traces.Count == 0)
            {
                await browser.ThinkAsync(random, 1000, 3000);
                var dossier = await browser.GetAsync("learner's dossier (teacher)", $"/dossier/{learner}");
                traces = HtmlForm.LinkedIds(dossier.Body, "/dossier/traces/");
            }

            if (traces.Count > 0)
            {
                await GiveFeedbackAsync(traces[random.Next(Math.Min(3, traces.Count))]);
            }

            await browser.ThinkAsync(random, 3000, 8000);
        }
    }

    private async Task GiveFeedbackAsync(Guid traceId)
    {
        await browser.ThinkAsync(random, 1000, 3000);
        var path = $"/dossier/traces/{traceId}";
        var page = await browser.GetAsync("trace page (teacher)", path);
        var form = HtmlForm.Find(page.Body, path, "id=\"comment-form\"");
        if (!browser.Expect("trace page (teacher)", page, form is not null, "the comment form"))
        {
            return;
        }

        await browser.ThinkAsync(random, 5000, 12000);
        form!.Set("body", "Bien décrit. " + Writing.Sentence(random) + " Précise ce que tu referais autrement.")
            .Set("verdict", random.Next(2) == 0 ? "None" : "Validated");
        var posted = await browser.PostAsync("feedback comment", form);
        if (browser.Expect("feedback comment", posted, posted.Status == 302, "a redirect to the trace"))
        {
            Comments++;
        }
    }
}
