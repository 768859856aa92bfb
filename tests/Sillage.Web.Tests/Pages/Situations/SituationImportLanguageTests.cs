using System.Text;

namespace Sillage.Web.Tests.Pages.Situations;

/// <summary>
/// The situation import lists the problems of a refused file as catalogue templates with arguments (issue #14 item 4):
/// an English user reads them in English, a French user in French; the JSON paths stay as they are.
/// </summary>
public sealed class SituationImportLanguageTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string File = """
        { "format": "autre", "title": "T", "framework": { "code": "mc-sno", "version": "2020" },
          "modalities": ["seul"], "missions": [ { "title": "", "competences": ["C9.9.9"] } ] }
        """;

    private async Task<IReadOnlyList<string>> ProblemsAsync(string? language)
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        if (language is not null)
        {
            teacher.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        var page = await teacher.GetPageAsync("/situations/importer");
        var answer = await teacher.SubmitAndFollowAsync(page, "form[enctype]",
            files: new() { ["Upload"] = ("situation.json", Encoding.UTF8.GetBytes(File), "application/json") });
        return answer.FindAll(".error-line").Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
    }

    [Fact]
    public async Task An_english_user_reads_the_problems_of_a_refused_file_in_english()
    {
        var problems = await ProblemsAsync("en-GB");
        Assert.Contains("$.format — Unknown format “autre”: the expected value is “sillage-situation/1”.", problems);
        Assert.Contains("$.modalities[0] — Unknown modality “seul”: “individuel”, “groupe” or “projet” expected.", problems);
        Assert.Contains("$.missions[0].title — Describe the mission (what the learner does).", problems);
        Assert.Contains("$.missions[0].competences[0] — “C9.9.9” is neither a bloc, nor a competence, nor a detailed competence of the framework “mc-sno”.", problems);
    }

    [Fact]
    public async Task A_french_user_reads_the_problems_of_a_refused_file_in_french()
    {
        var problems = await ProblemsAsync(null);
        Assert.Contains("$.format — Format « autre » inconnu : la valeur attendue est « sillage-situation/1 ».", problems);
        Assert.Contains("$.missions[0].title — Décrivez la mission (ce que fait l'apprenant).", problems);
    }
}
