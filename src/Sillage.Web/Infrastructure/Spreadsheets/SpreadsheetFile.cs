using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sillage.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Tables exported for spreadsheet programs, as CSV (separator ';', UTF-8 with BOM, as French spreadsheet programs
/// open it; fields with a separator, quote or line break quoted) or XLSX. Every export writes through here, so that
/// none can be opened as formulas (CSV/formula injection): a text cell that starts with = + - @, a tab or a carriage
/// return gets a leading apostrophe, as OWASP recommends; numbers stay numbers.
/// </summary>
public static class SpreadsheetFile
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The text as a spreadsheet shows it without running it.</summary>
    public static string Neutralise(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    /// <param name="separator">';' for spreadsheet programs; ',' for a format that wants it (Moodle's competency frameworks).</param>
    public static byte[] Csv(IEnumerable<IReadOnlyList<SheetCell>> rows, char separator = ';')
    {
        using var stream = new MemoryStream();
        stream.Write("\uFEFF"u8);
        using (var writer = CsvWriter.Create(stream, new CsvWriterOptions { Separator = separator }, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    writer.WriteField(cell.IsNumber ? cell.Value : Neutralise(cell.Value));
                }

                writer.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <param name="sheetName">Cleaned of the characters Excel refuses; <paramref name="fallbackSheetName"/> when nothing is left.</param>
    public static byte[] Xlsx(IEnumerable<IReadOnlyList<SheetCell>> rows, string sheetName, string fallbackSheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var sheetData = new SheetData();
            sheetPart.Worksheet = new Worksheet(sheetData);
            foreach (var row in rows)
            {
                sheetData.Append(Row(row));
            }

            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SafeSheetName(sheetName, fallbackSheetName) });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(IReadOnlyList<SheetCell> cells)
    {
        var row = new Row();
        foreach (var cell in cells)
        {
            row.Append(cell.IsNumber
                ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(cell.Value) }
                : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Neutralise(cell.Value)) { Space = SpaceProcessingModeValues.Preserve }) });
        }

        return row;
    }

    private static string SafeSheetName(string name, string fallback)
    {
        // Excel refuses these characters in a sheet name, and an apostrophe at either end.
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim('\'');
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? fallback : clean;
    }
}
