using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sillage.Web.Pages.Suivi;

/// <summary>The heatmap as a spreadsheet: one row per learner, per column the level's label and the number
/// of traces. CSV (separator ';', UTF-8 with BOM, as French spreadsheet programs open it) and XLSX.</summary>
public static class HeatmapExport
{
    public static IReadOnlyList<string> Header(Heatmap heatmap) =>
        ["Nom", "Prénom", "Groupe", .. heatmap.Columns.SelectMany(c => new[] { $"{c.Element.Code} niveau", $"{c.Element.Code} traces" }), "Compétences acquises", "Dernière activité"];

    public static IEnumerable<IReadOnlyList<string>> Lines(Heatmap heatmap, CohortSuivi data) =>
        heatmap.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Learner.LastName, r.Learner.FirstName, r.Learner.Group ?? "",
            .. r.Cells.SelectMany(c => new[] { data.Level(c.Level).Label + (c.Derived ? " (déduit)" : ""), c.Traces.ToString(CultureInfo.InvariantCulture) }),
            r.Acquired.ToString(CultureInfo.InvariantCulture),
            r.LastActivity is { } at ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
        ]);

    public static byte[] Csv(Heatmap heatmap, CohortSuivi data)
    {
        using var stream = new MemoryStream();
        stream.Write("\uFEFF"u8);
        using (var writer = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ';' }, leaveOpen: true))
        {
            writer.WriteRecord([.. Header(heatmap)]);
            foreach (var line in Lines(heatmap, data))
            {
                writer.WriteRecord([.. line]);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx(Heatmap heatmap, CohortSuivi data, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var sheetData = new SheetData();
            sheetPart.Worksheet = new Worksheet(sheetData);
            sheetData.Append(Row(Header(heatmap), numeric: false));
            foreach (var line in Lines(heatmap, data))
            {
                sheetData.Append(Row(line, numeric: true));
            }

            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SafeSheetName(sheetName) });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(IReadOnlyList<string> values, bool numeric)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.Append(numeric && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) }
                : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
        }

        return row;
    }

    private static string SafeSheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Suivi" : clean;
    }
}
