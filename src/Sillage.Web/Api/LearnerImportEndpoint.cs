using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Spreadsheets;
using Sillage.Web.Pages.People;

namespace Sillage.Web.Api;

/// <summary>
/// Imports learners from a CSV file into a cohort, as <c>/personnes/importer</c> does (<see cref="LearnerImport"/>):
/// référents (and administrators) with a write token, into a cohort they manage that is not archived (else 404); the
/// body is the file itself (<c>text/csv</c>, at most <see cref="CsvImportFile.MaxBytes"/>). A file with any problem
/// imports nothing and answers 422 with each line's problems; a clean one imports every line.
/// </summary>
public static class LearnerImportEndpoint
{
    public sealed record Imported(Guid CohortId, int Learners, bool InvitationsSent);

    public static void MapLearnerImportEndpoint(this RouteGroupBuilder api) =>
        api.MapPost("/cohorts/{id:guid}/learner-imports", ImportAsync)
            .RequireAuthorization(ApiPolicies.Management, ApiPolicies.Write)
            .Accepts<string>("text/csv")
            .WithTags("Promotions").WithName("ImportLearners").WithSummary("Importer des apprenants (CSV)");

    private static async Task<Results<Created<Imported>, NotFound, ProblemHttpResult>> ImportAsync(Guid id, bool? sendInvitations, HttpRequest request,
        CohortAccess access, LearnerImport import, IStringLocalizer<Text> l, CancellationToken cancellationToken)
    {
        if (!await access.ManagedCohorts().AnyAsync(c => c.Id == id && !c.Archived, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (await ReadAsync(request, cancellationToken) is not { } bytes)
        {
            return ApiProblems.Validation(l, [("file", new Message("Envoyez un fichier CSV non vide d'au plus {0} Mo.", CsvImportFile.MaxBytes / (1024 * 1024)))]);
        }

        var checkedFile = await import.CheckAsync(bytes, cancellationToken);
        if (!checkedFile.IsValid)
        {
            var failures = checkedFile.FileErrors.Select(e => ("file", e))
                .Concat(checkedFile.Lines.SelectMany(line => line.Errors.Select(e => ($"line{line.Number}", e))));
            return ApiProblems.Validation(l, checkedFile.Lines.Count == 0 && checkedFile.FileErrors.Count == 0
                ? [("file", new Message("Le fichier ne contient aucun apprenant."))]
                : failures);
        }

        var invite = sendInvitations ?? true;
        if (await import.ImportAsync(checkedFile, id, invite, cancellationToken) is { } failure)
        {
            return ApiProblems.Validation(l, [("file", failure)]);
        }

        return TypedResults.Created($"/api/v1/cohorts/{id}/learners", new Imported(id, checkedFile.Lines.Count, invite));
    }

    /// <summary>The body, read up to the limit; null when empty or too large.</summary>
    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > CsvImportFile.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? null : buffer.ToArray();
    }
}
