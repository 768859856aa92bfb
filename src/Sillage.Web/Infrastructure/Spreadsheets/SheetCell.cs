using System.Globalization;

namespace Sillage.Web.Infrastructure.Spreadsheets;

/// <summary>A cell of an exported table: text (neutralised if it starts like a formula) or a number (kept as is, a
/// negative number included).</summary>
public readonly record struct SheetCell
{
    private SheetCell(string value, bool isNumber)
    {
        Value = value;
        IsNumber = isNumber;
    }

    /// <summary>The text as written, or the number in invariant culture.</summary>
    public string Value { get; }

    public bool IsNumber { get; }

    public static SheetCell Text(string? text) => new(text ?? "", isNumber: false);

    public static SheetCell Number(long number) => new(number.ToString(CultureInfo.InvariantCulture), isNumber: true);

    /// <summary>A decimal number (a mark), kept a number in XLSX.</summary>
    public static SheetCell Number(decimal number) => new(number.ToString(CultureInfo.InvariantCulture), isNumber: true);

    public static implicit operator SheetCell(string? text) => Text(text);

    public static implicit operator SheetCell(int number) => Number(number);
}
