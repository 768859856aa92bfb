using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Security;

/// <summary>
/// The CSV imports (learners, host structures) attacked in every cell: script payloads and formulas are shown
/// inert in the preview; NUL and control characters, bytes that are not text and overlong cells are refused with a
/// French message on their line, the confirmation is not offered, and a confirmation forged with such a file is
/// refused too. Nothing is ever written by a preview or a refused confirmation.
/// </summary>
public sealed class CsvImportAttackTests(SillageApp app) : IClassFixture<SillageApp>
{
    /// <summary>An import: its page, the header and a valid line ({n} makes its names and addresses unique).</summary>
    public sealed record CsvImport(string Name, string Page, string[] Header, string[] Line, bool ChoosesCohort)
    {
        public override string ToString() => Name;
    }

    public static readonly IReadOnlyList<CsvImport> Imports =
    [
        new("learners", "/personnes/importer", ["Nom", "Prénom", "Date de naissance", "E-mail", "Classe"],
            ["DURAND", "Camille", "12/03/2007", "camille.{n}@example.org", "MCSNO-1"], true),
        new("host structures", "/partenaires/importer",
            ["nom", "siret", "type", "taille", "secteur", "adresse", "code postal", "ville", "téléphone", "e-mail", "site",
                "contact nom", "contact prénom", "contact fonction", "contact e-mail", "contact téléphone"],
            ["Structure {n}", "", "entreprise", "", "Commerce", "1 rue de la Paix", "69001", "Lyon", "0102030405", "accueil.{n}@example.org",
                "https://example.org", "Martin", "Paul", "Gérant", "paul.{n}@example.org", "0102030405"], false),
    ];

    /// <summary>Cells no import may keep: NUL and other control characters, a byte that is not text, far too long.</summary>
    public static readonly IReadOnlyList<(string Name, string Cell)> Invalid =
    [
        ("NUL", "a\0b" + AttackCorpus.Marker),
        ("control character", "a\u001Bb" + AttackCorpus.Marker),
        ("not text", "a\u0081b" + AttackCorpus.Marker),
        ("overlong", AttackCorpus.Marker + new string('é', 100_000)),
    ];

    private static readonly string[] Formulas =
    [
        "=HYPERLINK(\"https://evil.example/1337\",\"clic\")", "+1337+cmd|' /C calc'!A0", "-1337+1", "@SUM(1337)", "\t=1337", "=1337\r",
    ];

    public static TheoryData<string> Names => new(Imports.Select(i => i.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Script_payloads_and_formulas_in_every_cell_are_shown_inert_and_nothing_is_written(string name)
    {
        var import = Imports.Single(i => i.Name == name);
        var client = await app.SignInAsync(Accounts.Coordinator);
        var before = await app.TakeAsync(AttackCorpus.Marker);
        var lines = AttackCorpus.Xss.Concat(Formulas).Select(payload => import.Header.Select(_ => payload).ToArray()).ToList();

        var preview = await PreviewAsync(client, import, Csv(import.Header, lines));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var active = AttackCorpus.ActiveContent(preview);
        Assert.True(active.Count == 0, $"{name}: active content\n" + string.Join("\n", active.Distinct()));
        Assert.Contains(preview.FindAll("td"), td => td.TextContent.Contains("<script>alert(1337)</script>", StringComparison.Ordinal));
        Assert.Empty(DatabaseState.Changes(before, await app.TakeAsync(AttackCorpus.Marker)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Invalid_cells_are_refused_line_by_line_and_nothing_is_written(string name)
    {
        var import = Imports.Single(i => i.Name == name);
        var client = await app.SignInAsync(Accounts.Coordinator);
        var problems = new List<string>();
        for (var column = 0; column < import.Header.Length; column++)
        {
            foreach (var (what, cell) in Invalid)
            {
                var line = Valid(import);
                line[column] = cell;
                var before = await app.TakeAsync(AttackCorpus.Marker);
                var preview = await PreviewAsync(client, import, Csv(import.Header, [line]));
                var changes = DatabaseState.Changes(before, await app.TakeAsync(AttackCorpus.Marker));
                if (preview.Status != HttpStatusCode.OK || preview.Errors().Count == 0 || preview.Find("form[action*='handler=Confirm']") is not null || changes.Count > 0)
                {
                    problems.Add($"{import.Header[column]}, {what}: {(int)preview.Status}, errors [{string.Join(" | ", preview.Errors())}], changes [{string.Join(", ", changes)}]");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{name}: accepted\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_confirmation_forged_with_an_invalid_file_is_refused_and_writes_nothing(string name)
    {
        var import = Imports.Single(i => i.Name == name);
        var client = await app.SignInAsync(Accounts.Coordinator);
        var good = await PreviewAsync(client, import, Csv(import.Header, [Valid(import)]));
        Assert.True(good.Find("form[action*='handler=Confirm']") is not null, $"{name}: a valid file is not offered for import: {string.Join(" | ", good.Errors())}");
        var problems = new List<string>();
        foreach (var (what, cell) in Invalid)
        {
            var line = Valid(import);
            line[0] = cell;
            var before = await app.TakeAsync(AttackCorpus.Marker);
            var response = await client.SubmitAsync(good, "form[action*='handler=Confirm']",
                new() { ["FileContent"] = Convert.ToBase64String(Csv(import.Header, [line])) });
            var answer = await response.ToPageAsync();
            var changes = DatabaseState.Changes(before, await app.TakeAsync(AttackCorpus.Marker));
            if (response.StatusCode != HttpStatusCode.OK || answer.Errors().Count == 0 || changes.Count > 0)
            {
                problems.Add($"{what}: {(int)response.StatusCode}, errors [{string.Join(" | ", answer.Errors())}], changes [{string.Join(", ", changes)}]");
            }
        }

        Assert.True(problems.Count == 0, $"{name}: confirmed\n" + string.Join("\n", problems));
    }

    private async Task<Page> PreviewAsync(HttpClient client, CsvImport import, byte[] csv)
    {
        var page = await client.GetPageAsync(import.Page);
        var values = new Dictionary<string, string?>();
        if (import.ChoosesCohort)
        {
            values["CohortId"] = (await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync())).ToString();
        }

        var response = await client.SubmitAsync(page, "form[action*='handler=Preview']", values, new() { ["Upload"] = ("import.csv", csv, "text/csv") });
        return await response.ToPageAsync();
    }

    private static string[] Valid(CsvImport import)
    {
        var n = Guid.NewGuid().ToString("N")[..10];
        return import.Line.Select(c => c.Replace("{n}", n, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>A UTF-8 CSV separated by ';', every cell quoted (quotes doubled), so that any payload stays in its cell.</summary>
    private static byte[] Csv(string[] header, IEnumerable<string[]> lines)
    {
        static string Row(IEnumerable<string> cells) => string.Join(';', cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        var text = new StringBuilder(Row(header)).Append('\n');
        foreach (var line in lines)
        {
            text.Append(Row(line)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
