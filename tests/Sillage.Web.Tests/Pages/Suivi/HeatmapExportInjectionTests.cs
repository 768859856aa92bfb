using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Suivi;

/// <summary>A name that starts like a formula does not run as one when a teacher opens the heatmap export in a
/// spreadsheet (CSV/formula injection, OWASP): text cells starting with = + - @ tab or CR get a leading quote; numbers
/// stay numbers.</summary>
public sealed class HeatmapExportInjectionTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string[] Payloads = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1"];

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private async Task<Guid> ArrangeAsync() => await app.WithDbAsync(async db =>
    {
        var cohortId = await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync();
        var learners = await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner).OrderBy(m => m.PersonId).Select(m => m.PersonId).ToListAsync();
        for (var i = 0; i < Payloads.Length; i++)
        {
            var payload = Payloads[i];
            await db.Users.Where(u => u.Id == learners[i]).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastName, payload).SetProperty(u => u.FirstName, "-" + payload));
        }

        await db.Groups.Where(g => g.CohortId == cohortId).ExecuteUpdateAsync(s => s.SetProperty(g => g.Name, g => "@" + g.Name));
        return cohortId;
    });

    [Fact]
    public async Task The_csv_export_neutralises_cells_that_start_like_a_formula()
    {
        var cohortId = await ArrangeAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var response = await teacher.GetAsync($"/suivi/promotions/{cohortId}?handler=Export&format=csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        var records = new List<string[]>();
        using (var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = ';', HasHeader = false }))
        {
            while (csv.Read())
            {
                records.Add(Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray());
            }
        }

        var header = records[0];
        var fields = records.SelectMany(r => r).ToList();
        Assert.All(fields, f => Assert.False(f.Length > 0 && FormulaStarts.Contains(f[0]), $"cell starts like a formula: {f}"));
        Assert.All(Payloads, p => Assert.Contains("'" + p, fields));
        Assert.All(Payloads, p => Assert.Contains("'-" + p, fields));
        Assert.Contains(fields, f => f.StartsWith("'@", StringComparison.Ordinal));

        // The counts stay plain numbers.
        var traces = Array.FindIndex(header, h => h.EndsWith(" traces", StringComparison.Ordinal));
        Assert.All(records.Skip(1), r => Assert.True(int.TryParse(r[traces], NumberStyles.None, CultureInfo.InvariantCulture, out _), r[traces]));
    }

    [Fact]
    public async Task The_xlsx_export_neutralises_text_cells_that_start_like_a_formula_and_keeps_numbers_numeric()
    {
        var cohortId = await ArrangeAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var response = await teacher.GetAsync($"/suivi/promotions/{cohortId}?handler=Export&format=xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);

        var texts = cells.Where(c => c.DataType?.Value != CellValues.Number).Select(c => c.InnerText).ToList();
        Assert.All(texts, t => Assert.False(t.Length > 0 && FormulaStarts.Contains(t[0]), $"cell starts like a formula: {t}"));
        Assert.All(Payloads, p => Assert.Contains(texts, t => t == "'" + p || t == "'" + p.Replace('\r', '\n')));
        Assert.Contains(texts, t => t.StartsWith("'@", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.DataType?.Value == CellValues.Number);
    }
}
