namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

public static partial class MatrixTable
{
    /// <summary>CCF grids, evidence, marks and the jury's record: the cohort's staff read; a grid is filled and signed
    /// by the sitting's evaluators only ({ccfcandidate}'s own one is evaluated by the establishment's teacher), an
    /// épreuve's mark is set by its evaluators, the jury's decision by the référent; the learner reads their own
    /// record once the jury decided (404 before: let through on an allowed cell).</summary>
    private static readonly MatrixPage[] CcfGrading =
    [
        Page("/certification/ccf/grilles/{ccfcandidate}", CohortStaff, "GET",
            "POST Save = Teacher:own", "POST Sign = Teacher:own", "POST Correct = Teacher:own"),
        Page("/certification/ccf/preuves/{learner}", Staff, "GET", "POST", "GET File"),
        Page("/certification/ccf/jury", Staff, "GET", "GET Export"),
        Page("/certification/ccf/jury/{learner}", School, "GET", "GET Pdf", "POST Mark = Teacher:own", $"POST Decide = {Management}"),
    ];
}
