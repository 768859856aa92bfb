using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Domain.Files;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Portfolio;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Re-imports a JSON export (from this or another Sillage) into a learner's empty dossier: every trace with its
/// revisions, competence links and savoirs associés (matched by framework code in the learner's framework), tags, attachments (size
/// and SHA-256 checked, file checks as for uploads) and feedback, kept as read-only history under its original
/// author's name. Everything is checked before anything is written; then all is saved in one transaction, or
/// nothing (files already stored are deleted again). Runs in <see cref="ImportJob"/>, outside any request.
/// </summary>
public sealed partial class JsonImport(SillageDb db, IFileStore files, IOptions<StorageOptions> storage, IOptions<ImportLimits> limits, SchoolClock clock,
    AuditLog audit)
{
    private const int MaxErrors = 50;

    public static readonly Message TargetNotEmpty =
        new("Le dossier de destination contient déjà des traces : l'import se fait dans un dossier vide (nouveau compte), pour ne rien mélanger ni dupliquer.");

    public sealed record Result(IReadOnlyList<Message> Errors, int Traces)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <param name="archive">A seekable stream holding the zip.</param>
    /// <param name="actorId">Who asked for the import (recorded in the audit log).</param>
    public async Task<Result> ImportAsync(Stream archive, Guid learnerId, Guid? actorId, ExportProgress progress, CancellationToken cancellationToken)
    {
        if (await HasTracesAsync(learnerId, cancellationToken))
        {
            return Fail(TargetNotEmpty);
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return Fail(new Message("Le fichier n'est pas une archive zip valide (attendu : l'export JSON d'un dossier Sillage)."));
        }

        using (zip)
        {
            if (ImportArchive.Check(zip, limits.Value, storage.Value.MaxUploadBytes) is { } refused)
            {
                return Fail(refused);
            }

            var manifestEntry = zip.GetEntry(ImportArchive.ManifestName);
            if (manifestEntry is null)
            {
                return Fail(new Message("L'archive ne contient pas de fichier manifest.json à sa racine : ce n'est pas un export JSON de Sillage."));
            }

            PortfolioManifest? manifest;
            try
            {
                await using var stream = await ImportArchive.CountedRead(manifestEntry, limits.Value.MaxManifestBytes, cancellationToken);
                manifest = await JsonSerializer.DeserializeAsync<PortfolioManifest>(stream, PortfolioManifest.Json, cancellationToken);
            }
            catch (JsonException e)
            {
                return Fail(Describe(e));
            }
            catch (InvalidDataException)
            {
                return Fail(TooLong(ImportArchive.ManifestName));
            }

            if (manifest is null)
            {
                return Fail(new Message("manifest.json est vide."));
            }

            var frameworkId = await PortfolioAccess.FrameworkOfAsync(db, learnerId);
            var codes = frameworkId is null
                ? []
                : await db.FrameworkElements.AsNoTracking()
                    .Where(e => e.FrameworkId == frameworkId && (e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence || e.Kind == ElementKind.Knowledge))
                    .Select(e => new { e.Code, e.Id, e.Kind }).ToListAsync(cancellationToken);
            var elements = codes.Where(e => e.Kind != ElementKind.Knowledge).ToDictionary(e => e.Code, e => e.Id, StringComparer.OrdinalIgnoreCase);
            var knowledge = codes.Where(e => e.Kind == ElementKind.Knowledge).ToDictionary(e => e.Code, e => e.Id, StringComparer.OrdinalIgnoreCase);
            var errors = new List<Message>();
            var hashes = await ValidateAsync(manifest, zip, elements, knowledge, errors, progress, cancellationToken);
            if (errors.Count > 0)
            {
                return new Result(errors.Take(MaxErrors).ToList(), 0);
            }

            return await ApplyAsync(manifest, zip, learnerId, actorId, elements, knowledge, hashes, progress, cancellationToken)
                ? new Result([], manifest.Traces.Count)
                : Fail(TargetNotEmpty);
        }
    }

    private static Result Fail(Message message) => new([message], 0);

    private static Message TooLong(string name) => new("{0} contient plus d'octets que l'archive n'en annonce : archive abîmée ou piégée.", name);

    /// <summary>A problem with the JSON path of the faulty value in front.</summary>
    private static Message At(string path, Message problem) => new("{0} : {1}", path, problem);

    private Task<bool> HasTracesAsync(Guid learnerId, CancellationToken cancellationToken) =>
        db.Traces.AnyAsync(t => t.LearnerId == learnerId, cancellationToken);

    /// <summary>A JSON error as a message with the path of the problem ($.traces[2].activityDate).</summary>
    private static Message Describe(JsonException e)
    {
        var where = e.LineNumber is { } line
            ? new Message("manifest.json, {0} (ligne {1})", e.Path ?? "$", line + 1)
            : new Message("manifest.json, {0}", e.Path ?? "$");
        var missing = MissingProperties().Match(e.Message);
        return missing.Success
            ? new Message("{0} : propriété(s) obligatoire(s) absente(s) : {1}.", where, missing.Groups[1].Value)
            : new Message("{0} : valeur absente, du mauvais type ou inconnue (par exemple un type de trace qui n'existe pas).", where);
    }

    /// <summary>Each savoir associé must exist in the learner's framework, once per trace.</summary>
    private static void CheckKnowledge(PortfolioManifest.TraceEntry trace, string at, Dictionary<string, Guid> knowledge, List<Message> errors)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < trace.Knowledge.Count; k++)
        {
            var code = trace.Knowledge[k].Code;
            if (!knowledge.ContainsKey(code))
            {
                errors.Add(At($"{at}.knowledge[{k}].code", new Message("le savoir associé « {0} » n'existe pas dans le référentiel de la promotion de l'apprenant.", code)));
            }
            else if (!codes.Add(code))
            {
                errors.Add(At($"{at}.knowledge[{k}].code", new Message("le savoir associé « {0} » est relié deux fois à la même trace.", code)));
            }
        }
    }

    [GeneratedRegex("missing required properties including: (.+?)\\.?$", RegexOptions.Multiline)]
    private static partial Regex MissingProperties();

    private async Task<Dictionary<Guid, string>> ValidateAsync(PortfolioManifest manifest, ZipArchive zip, Dictionary<string, Guid> elements,
        Dictionary<string, Guid> knowledge, List<Message> errors, ExportProgress progress, CancellationToken cancellationToken)
    {
        var hashes = new Dictionary<Guid, string>();
        if (manifest.Format != PortfolioManifest.FormatName)
        {
            errors.Add(At("$.format", new Message("« {0} » n'est pas un export de dossier Sillage (attendu « {1} »).", manifest.Format, PortfolioManifest.FormatName)));
            return hashes;
        }

        if (manifest.FormatVersion != PortfolioManifest.CurrentVersion)
        {
            errors.Add(At("$.formatVersion", new Message("version {0} inconnue (cette instance lit la version {1}).", manifest.FormatVersion, PortfolioManifest.CurrentVersion)));
            return hashes;
        }

        var today = clock.Today;
        var allowed = new HashSet<string>(storage.Value.AllowedExtensions, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < manifest.Traces.Count && errors.Count < MaxErrors; i++)
        {
            var trace = manifest.Traces[i];
            var at = $"$.traces[{i}]";
            if (!seen.Add(trace.Id))
            {
                errors.Add(At($"{at}.id", new Message("l'identifiant {0} apparaît deux fois.", trace.Id)));
            }

            var content = new TraceContent(trace.Title, trace.Kind, trace.ActivityDate, trace.Context, trace.ContextLabel, trace.Body, TraceTags.Format(trace.Tags));
            foreach (var (field, message) in TraceRules.Check(content, today).Where(p => p.Field != nameof(TraceContent.ActivityDate) || trace.ActivityDate > today))
            {
                errors.Add(At($"{at}.{JsonNamingPolicy.CamelCase.ConvertName(field)}", message));
            }

            if (trace.Version < 1)
            {
                errors.Add(At($"{at}.version", new Message("la version doit être au moins 1.")));
            }

            var versions = new HashSet<int>();
            for (var r = 0; r < trace.Revisions.Count; r++)
            {
                var revision = trace.Revisions[r];
                if (revision.Version < 1 || revision.Version > trace.Version || !versions.Add(revision.Version))
                {
                    errors.Add(At($"{at}.revisions[{r}].version", new Message("version {0} en double ou hors de 1 à {1}.", revision.Version, trace.Version)));
                }

                if (string.IsNullOrWhiteSpace(revision.Title) || revision.Title.Length > TraceRules.TitleMaxLength || revision.Body.Length > TraceRules.BodyMaxLength
                    || !Enum.IsDefined(revision.Kind) || !Enum.IsDefined(revision.Context))
                {
                    errors.Add(At($"{at}.revisions[{r}]", new Message("titre vide ou trop long, texte trop long, type ou contexte inconnu.")));
                }
            }

            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < trace.Competences.Count; c++)
            {
                var link = trace.Competences[c];
                if (!elements.ContainsKey(link.Code))
                {
                    errors.Add(At($"{at}.competences[{c}].code", elements.Count == 0
                        ? new Message("la compétence « {0} » n'existe pas dans le référentiel de la promotion de l'apprenant (l'apprenant n'est inscrit dans aucune promotion).", link.Code)
                        : new Message("la compétence « {0} » n'existe pas dans le référentiel de la promotion de l'apprenant.", link.Code)));
                }
                else if (!codes.Add(link.Code))
                {
                    errors.Add(At($"{at}.competences[{c}].code", new Message("la compétence « {0} » est liée deux fois à la même trace.", link.Code)));
                }

                if (!TraceCompetenceLink.IsValidLevel(link.SelfLevel))
                {
                    errors.Add(At($"{at}.competences[{c}].selfLevel", new Message("le niveau doit être compris entre 1 et 4.")));
                }

                if (link.Justification.Length > TraceCompetenceLink.JustificationMaxLength)
                {
                    errors.Add(At($"{at}.competences[{c}].justification", new Message("plus de {0} caractères.", TraceCompetenceLink.JustificationMaxLength)));
                }
            }

            CheckKnowledge(trace, at, knowledge, errors);
            for (var a = 0; a < trace.Attachments.Count; a++)
            {
                var attachment = trace.Attachments[a];
                var problem = await CheckAttachmentAsync(zip, attachment, allowed, hashes, cancellationToken);
                if (problem is not null)
                {
                    errors.Add(At($"{at}.attachments[{a}]", problem));
                }
            }

            var threads = trace.Feedback.Where(f => f.ParentId is null).Select(f => f.Id).ToHashSet();
            for (var f = 0; f < trace.Feedback.Count; f++)
            {
                var comment = trace.Feedback[f];
                if (comment.ParentId is { } parent && !threads.Contains(parent))
                {
                    errors.Add(At($"{at}.feedback[{f}].parentId", new Message("le fil {0} n'existe pas dans les retours de cette trace.", parent)));
                }

                if (string.IsNullOrWhiteSpace(comment.Body) || comment.Body.Length > FeedbackComment.BodyMaxLength
                    || (comment.Quote?.Length ?? 0) > FeedbackComment.QuoteMaxLength || !Enum.IsDefined(comment.Verdict)
                    || string.IsNullOrWhiteSpace(comment.Author) || comment.Author.Length > 200 || !seen.Add(comment.Id))
                {
                    errors.Add(At($"{at}.feedback[{f}]", new Message("texte vide ou trop long, citation trop longue, auteur absent, verdict inconnu ou identifiant en double.")));
                }
            }

            await progress.PartDoneAsync(5, 50, i + 1, manifest.Traces.Count, "Vérification : {0} / {1} traces");
        }

        return hashes;
    }

    private async Task<Message?> CheckAttachmentAsync(ZipArchive zip, PortfolioManifest.AttachmentEntry attachment, IReadOnlySet<string> allowed,
        Dictionary<Guid, string> hashes, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(attachment.Path);
        if (entry is null)
        {
            return new Message("le fichier {0} est absent de l'archive.", attachment.Path);
        }

        if (entry.Length != attachment.Size)
        {
            return new Message("le fichier {0} fait {1} octets, le manifeste en annonce {2}.", attachment.Path, entry.Length, attachment.Size);
        }

        await using var stream = await ImportArchive.CountedRead(entry, storage.Value.MaxUploadBytes, cancellationToken);
        var head = new byte[(int)Math.Min(4096, entry.Length)];
        await stream.ReadExactlyAsync(head, cancellationToken);
        var check = FileCheck.Check(attachment.FileName, head, entry.Length, storage.Value.MaxUploadBytes, allowed);
        if (!check.Accepted)
        {
            return check.Error;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(head);
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            return TooLong(attachment.Path);
        }

        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (!string.Equals(sha, attachment.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return new Message("l'empreinte SHA-256 de {0} ne correspond pas au manifeste (fichier modifié ou abîmé).", attachment.Path);
        }

        hashes[attachment.Id] = check.Type!.ContentType;
        return null;
    }

    /// <summary>Stores the attachments, then creates everything in one transaction; false (and nothing kept) when the
    /// dossier received traces meanwhile.</summary>
    private async Task<bool> ApplyAsync(PortfolioManifest manifest, ZipArchive zip, Guid learnerId, Guid? actorId, Dictionary<string, Guid> elements,
        Dictionary<string, Guid> knowledge, Dictionary<Guid, string> contentTypes, ExportProgress progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = new Dictionary<PortfolioManifest.AttachmentEntry, string>(ReferenceEqualityComparer.Instance);
        try
        {
            // The files first, outside the transaction: copying a large dossier takes long, and the job reports its
            // progress (a database write) meanwhile.
            var attachments = manifest.Traces.SelectMany(t => t.Attachments).ToList();
            foreach (var attachment in attachments)
            {
                var key = FileKeys.New("traces", now);
                var entry = zip.GetEntry(attachment.Path)!;
                await using (var content = await ImportArchive.CountedRead(entry, entry.Length, cancellationToken))
                {
                    await files.SaveAsync(key, content, contentTypes[attachment.Id], cancellationToken);
                }

                stored[attachment] = key;
                await progress.PartDoneAsync(50, 90, stored.Count, attachments.Count, "Enregistrement : {0} / {1} pièces jointes");
            }

            await progress.StepAsync(90, new Message("Enregistrement des traces…"));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await LockEmptyDossierAsync(learnerId, cancellationToken))
            {
                await DeleteAsync(stored.Values);
                return false;
            }

            foreach (var entry in manifest.Traces)
            {
                Add(entry, learnerId, elements, knowledge, now, stored, contentTypes);
            }

            audit.Record("portfolio.imported", learnerId, $"{manifest.Traces.Count} traces", actorId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch
        {
            db.ChangeTracker.Clear();
            await DeleteAsync(stored.Values);
            throw;
        }
    }

    /// <summary>
    /// Inside the import's transaction: locks the learner's account row (an update that changes nothing), so that two
    /// imports into one dossier — two jobs run at once by two workers — commit one after the other, then checks that
    /// the dossier is still empty. Without the lock, both would see it empty under PostgreSQL's read committed;
    /// SQLite's write transactions are serial anyway.
    /// </summary>
    private async Task<bool> LockEmptyDossierAsync(Guid learnerId, CancellationToken cancellationToken)
    {
        await db.Users.Where(u => u.Id == learnerId).ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), cancellationToken);
        return !await HasTracesAsync(learnerId, cancellationToken);
    }

    private async Task DeleteAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            await files.DeleteAsync(key, CancellationToken.None);
        }
    }

    private void Add(PortfolioManifest.TraceEntry entry, Guid learnerId, Dictionary<string, Guid> elements, Dictionary<string, Guid> knowledge, DateTime now,
        Dictionary<PortfolioManifest.AttachmentEntry, string> stored, Dictionary<Guid, string> contentTypes)
    {
        var trace = new Trace
        {
            LearnerId = learnerId, Title = entry.Title.Trim(), Kind = entry.Kind, ActivityDate = entry.ActivityDate, Context = entry.Context,
            ContextLabel = string.IsNullOrWhiteSpace(entry.ContextLabel) ? null : entry.ContextLabel.Trim(), Body = TraceContent.Normalize(entry.Body),
            Tags = TraceTags.Format(entry.Tags), Version = entry.Version, CreatedAt = entry.CreatedAt, UpdatedAt = entry.UpdatedAt, DeletedAt = entry.DeletedAt,
        };
        trace.SearchText = FrenchSearch.IndexText(trace.Title, trace.Tags, trace.ContextLabel, trace.Body);
        db.Traces.Add(trace);
        var revisions = entry.Revisions.Count > 0
            ? entry.Revisions.Select(r => new TraceRevision
            {
                TraceId = trace.Id, Version = r.Version, AuthorId = learnerId, SavedAt = r.SavedAt, Title = r.Title, Kind = r.Kind,
                ActivityDate = r.ActivityDate, Context = r.Context, ContextLabel = r.ContextLabel, Body = r.Body, Tags = TraceTags.Format(r.Tags),
            })
            : [TraceRevision.Of(trace, learnerId, entry.UpdatedAt)];
        db.TraceRevisions.AddRange(revisions);
        db.TraceCompetenceLinks.AddRange(entry.Competences.Select(c => new TraceCompetenceLink
        {
            TraceId = trace.Id, ElementId = elements[c.Code], Justification = c.Justification, SelfLevel = c.SelfLevel, CreatedAt = now, UpdatedAt = now,
        }));
        db.TraceKnowledgeLinks.AddRange(entry.Knowledge.Select(k => new TraceKnowledgeLink { TraceId = trace.Id, ElementId = knowledge[k.Code], CreatedAt = now }));
        db.Attachments.AddRange(entry.Attachments.Select(attachment => new Attachment
        {
            TraceId = trace.Id, FileName = FileCheck.SafeName(attachment.FileName), StorageKey = stored[attachment], ContentType = contentTypes[attachment.Id],
            Extension = FileCheck.Extension(attachment.FileName), Size = attachment.Size, IsImage = FileCheck.Known[FileCheck.Extension(attachment.FileName)].IsImage,
            UploadedById = learnerId, UploadedAt = attachment.UploadedAt, DeletedAt = attachment.DeletedAt,
        }));
        var ids = entry.Feedback.ToDictionary(f => f.Id, _ => Guid.CreateVersion7());
        db.FeedbackComments.AddRange(entry.Feedback.Select(f => new FeedbackComment
        {
            Id = ids[f.Id], TraceId = trace.Id, ParentId = f.ParentId is { } p ? ids[p] : null, AuthorId = learnerId, ImportedAuthorName = f.Author.Trim(),
            ByStaff = f.ByStaff, Body = f.Body, Quote = f.Quote, TraceVersion = f.TraceVersion, Verdict = f.Verdict, CreatedAt = f.CreatedAt,
            ResolvedAt = f.ResolvedAt, ResolvedById = f.ResolvedAt is null ? null : learnerId,
        }));
    }
}
