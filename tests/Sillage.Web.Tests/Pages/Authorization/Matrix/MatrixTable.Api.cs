namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

public static partial class MatrixTable
{
    /// <summary>The public API: every role caller sends a read-and-write personal access token of their account, the
    /// anonymous and link callers their cookies (which must not open the API). Its POSTs take JSON or a CSV file, not a
    /// form: they are declared in <see cref="Unharvestable"/>; Api/ApiEndpointTests and ApiAccessTests send them.</summary>
    private static readonly MatrixPage[] Api =
    [
        Page("/api/v1/cohorts", Staff, "GET"),
        Page("/api/v1/cohorts/{cohort}/learners", CohortStaff, "GET"),
        Page("/api/v1/cohorts/{cohort}/learner-imports", Management, "POST"),
        Page("/api/v1/learners/{learner}/competences", School, "GET"),
        Page("/api/v1/learners/{learner}/positionnements", School, "GET", $"POST = {Staff}"),
        Page("/api/v1/learners/{learner}/traces", School, "GET"),
        Page("/api/v1/learners/{learner}/pfmp", School, "GET"),
        Page("/openapi/{documentName}.json", Public, "GET"),
        Page("/api/reference/{documentName?}", Public, "GET"),
        Page("/api/reference/scalar.js", Public, "GET"),
        Page("/api/reference/scalar.aspnetcore.js", Public, "GET"),
        Page("/api/reference/favicon.svg", Public, "GET"),
    ];

    private const string ApiBody = "a JSON or CSV body the API takes, not a form: Api/ApiEndpointTests sends it as its owner, Api/ApiAccessTests as the refused callers";
}
