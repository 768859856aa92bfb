namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// Settings of the CCF (section <c>Certification</c>). The règlement d'examen of the MC SNO was not found, so the
/// pass mark is a setting with the usual default, shown as such on the jury's pages.
/// </summary>
public sealed class CcfOptions
{
    /// <summary>The final average from which the marks give a favourable decision (out of 20).</summary>
    public decimal PassMark { get; set; } = 10m;
}
