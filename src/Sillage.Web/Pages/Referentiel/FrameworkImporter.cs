using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>Imports a framework file as a whole or not at all. A version already used by a cohort is never
/// replaced: the file must carry a new version.</summary>
public sealed class FrameworkImporter(SillageDb db, TimeProvider clock)
{
    public sealed record Result(Framework? Framework, IReadOnlyList<FrameworkProblem> Problems, bool Replaced)
    {
        public bool Succeeded => Framework is not null;
    }

    public Task<Result> ImportAsync(string json, Guid? importedById, CancellationToken cancellationToken = default) =>
        ImportAsync(json, importedById, null, mayReplace: true, cancellationToken);

    /// <param name="establishmentId">Set when an establishment's référents publish a draft: only that establishment sees the version.</param>
    /// <param name="mayReplace">False for a published draft: an existing version is never replaced, even unused.</param>
    public async Task<Result> ImportAsync(string json, Guid? importedById, Guid? establishmentId, bool mayReplace, CancellationToken cancellationToken = default)
    {
        var (file, readProblems) = FrameworkFileReader.Read(json);
        if (file is null)
        {
            return new(null, readProblems, false);
        }

        var problems = (await ValidateAsync(file, cancellationToken)).ToList();
        if (problems.Count > 0)
        {
            return new(null, problems, false);
        }

        var existing = await db.Frameworks.SingleOrDefaultAsync(f => f.Code == file.Code && f.Version == file.Version, cancellationToken);
        if (existing is not null && !mayReplace)
        {
            return new(null, [new FrameworkProblem("$.version",
                new Message("La version « {0} » du référentiel « {1} » existe déjà : donnez une autre version au brouillon.", existing.Version, existing.Code))], false);
        }

        if (existing is not null)
        {
            var cohort = await db.Cohorts.Where(c => c.FrameworkId == existing.Id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
            if (cohort is not null)
            {
                return new(null, [new FrameworkProblem("$.version",
                    new Message("La version « {0} » du référentiel « {1} » est utilisée par la promotion « {2} » : elle ne peut pas être modifiée. Donnez une nouvelle version au fichier.",
                    existing.Version, existing.Code, cohort))], false);
            }
        }

        var framework = file.ToFramework(json, clock.GetUtcNow().UtcDateTime, importedById);
        framework.EstablishmentId = establishmentId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (existing is not null)
        {
            try
            {
                // Elements, levels, sources and mappings go with their framework (cascade).
                await db.Frameworks.Where(f => f.Id == existing.Id).ExecuteDeleteAsync(cancellationToken);
            }
            catch (System.Data.Common.DbException)
            {
                // Still referenced without a cohort on it: situations, or records a cohort move left on this version.
                return new(null, [new FrameworkProblem("$.version",
                    new Message("La version « {0} » du référentiel « {1} » est encore utilisée (situations, ou suivi resté sur cette version après le déplacement d'une promotion) : elle ne peut pas être remplacée. Donnez une nouvelle version au fichier.",
                    existing.Version, existing.Code))], false);
            }
        }

        db.Frameworks.Add(framework);
        db.PositioningLevels.AddRange(Sillage.Domain.Suivi.DefaultScale.For(framework.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(framework, [], existing is not null);
    }

    /// <summary>Every problem of a framework file, mappings checked against the latest version of their target.</summary>
    public async Task<IReadOnlyList<FrameworkProblem>> ValidateAsync(FrameworkFile file, CancellationToken cancellationToken = default)
    {
        var targets = (file.Blocks ?? [])
            .SelectMany(b => b.Competences ?? [])
            .SelectMany(c => (c.Mappings ?? []).Concat((c.DetailedCompetences ?? []).SelectMany(d => d.Mappings ?? [])))
            .Select(m => m.Framework)
            .Where(code => !string.IsNullOrWhiteSpace(code) && code != file.Code)
            .Distinct()
            .ToList();
        var known = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var target in targets)
        {
            var codes = await LatestCodesAsync(target!, cancellationToken);
            if (codes is not null)
            {
                known[target!] = codes;
            }
        }

        return FrameworkValidator.Validate(file, code => code == file.Code ? file.ElementCodes() : known.GetValueOrDefault(code));
    }

    private async Task<IReadOnlySet<string>?> LatestCodesAsync(string frameworkCode, CancellationToken cancellationToken)
    {
        var latest = await db.Frameworks.AsNoTracking()
            .Where(f => f.Code == frameworkCode)
            .OrderByDescending(f => f.ImportedAt)
            .Select(f => (Guid?)f.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var codes = await db.FrameworkElements.AsNoTracking()
            .Where(e => e.FrameworkId == latest && (e.Kind == ElementKind.Block || e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .Select(e => e.Code)
            .ToListAsync(cancellationToken);
        return codes.ToHashSet(StringComparer.Ordinal);
    }
}
