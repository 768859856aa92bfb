using Sillage.Web.Infrastructure.Spreadsheets;

namespace Sillage.Web.Pages.Suivi;

/// <summary>The heatmap as a spreadsheet (CSV or XLSX, written by <see cref="SpreadsheetFile"/>): one row per learner,
/// per column the level's label and the number of traces.</summary>
public static class HeatmapExport
{
    public static IReadOnlyList<SheetCell> Header(Heatmap heatmap) =>
        ["Nom", "Prénom", "Groupe", .. heatmap.Columns.SelectMany(c => new SheetCell[] { $"{c.Element.Code} niveau", $"{c.Element.Code} traces" }), "Compétences acquises", "Dernière activité"];

    public static IEnumerable<IReadOnlyList<SheetCell>> Lines(Heatmap heatmap, CohortSuivi data) =>
        heatmap.Rows.Select(r => (IReadOnlyList<SheetCell>)
        [
            r.Learner.LastName, r.Learner.FirstName, r.Learner.Group ?? "",
            .. r.Cells.SelectMany(c => new SheetCell[] { data.Level(c.Level).Label + (c.Derived ? " (déduit)" : ""), c.Traces }),
            r.Acquired,
            r.LastActivity is { } at ? at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "",
        ]);

    public static byte[] Csv(Heatmap heatmap, CohortSuivi data) => SpreadsheetFile.Csv([Header(heatmap), .. Lines(heatmap, data)]);

    public static byte[] Xlsx(Heatmap heatmap, CohortSuivi data, string sheetName) =>
        SpreadsheetFile.Xlsx([Header(heatmap), .. Lines(heatmap, data)], sheetName, "Suivi");
}
