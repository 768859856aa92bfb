using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// The référent's exam sessions: a bloc of a cohort, a window, the jury members, and as candidates every learner of
/// the cohort whose dossier for that bloc is submitted (numbered in random order when the jury must not know who
/// is who).
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class SessionsModel(SillageDb db, CohortAccess cohorts, SchoolClock clock, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public IReadOnlyList<(Guid CohortId, Guid BlockId, string Label)> Choices { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Jurors { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var today = clock.Now.Date;
        Input.StartsAt = today.AddDays(7).AddHours(8);
        Input.EndsAt = today.AddDays(7).AddHours(18);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var title = Input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > ExamSession.TitleMaxLength)
        {
            ModelState.AddModelError("Input.Title", l["Donnez un intitulé à la session (150 caractères au plus)."]);
        }

        var parts = (Input.CohortBlock ?? "").Split(':');
        var choice = parts.Length == 2 && Guid.TryParse(parts[0], out var c) && Guid.TryParse(parts[1], out var b)
            ? Choices.FirstOrDefault(x => x.CohortId == c && x.BlockId == b) : default;
        if (choice.Label is null)
        {
            ModelState.AddModelError("Input.CohortBlock", l["Choisissez la promotion et le bloc."]);
        }

        if (Input.StartsAt is not { } starts || Input.EndsAt is not { } ends)
        {
            ModelState.AddModelError("Input.StartsAt", l["Indiquez le début et la fin de la session."]);
        }
        else
        {
            switch (ExamSession.CheckWindow(clock.FromSchoolTime(starts), clock.FromSchoolTime(ends)))
            {
                case "end-before-start":
                    ModelState.AddModelError("Input.EndsAt", l["La fin de la session doit suivre son début."]);
                    break;
                case "too-long":
                    ModelState.AddModelError("Input.EndsAt", l["Une session dure {0} jours au plus.", ExamSession.MaxDays]);
                    break;
            }
        }

        // The members must be of the chosen cohort's establishment (an administrator's list holds every establishment's).
        IReadOnlyList<(Guid Id, string Name)> allowed = choice.Label is null ? [] : await JuryAccess.AvailableMembersAsync(db, db.Cohorts.Where(x => x.Id == choice.CohortId).Select(x => x.EstablishmentId));
        if (Input.JurorIds.Count == 0 || Input.JurorIds.Except(allowed.Select(j => j.Id)).Any())
        {
            ModelState.AddModelError("Input.JurorIds", l["Choisissez au moins un membre du jury dans la liste."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = new ExamSession
        {
            CohortId = choice.CohortId, BlockId = choice.BlockId, Title = title!, StartsAt = clock.FromSchoolTime(Input.StartsAt!.Value),
            EndsAt = clock.FromSchoolTime(Input.EndsAt!.Value), AnonymizeCandidates = Input.Anonymize, CreatedAt = now, CreatedById = User.UserId(),
        };
        session.Jurors.AddRange(Input.JurorIds.Distinct().Select(id => new ExamJuror { SessionId = session.Id, PersonId = id }));
        var learners = await SubmittedLearners(choice.CohortId, choice.BlockId).ToListAsync();
        AddCandidates(session, learners, await NumberPrefixAsync(choice.CohortId, choice.BlockId));
        db.ExamSessions.Add(session);
        audit.Record("certification.session-created", session.Id, $"{title} ({session.Candidates.Count} candidats)");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Session créée avec {0} candidat(s).", session.Candidates.Count].Value;
        return RedirectToPage();
    }

    /// <summary>Adds to a session the learners who submitted their dossier after it was created (a late
    /// submission, a second attempt), numbered after the others. Refused once the session is over.</summary>
    public async Task<IActionResult> OnPostAddCandidatesAsync(Guid sessionId)
    {
        var managedIds = cohorts.ManagedCohorts().Select(c => c.Id);
        var session = await db.ExamSessions.Include(s => s.Candidates).SingleOrDefaultAsync(s => s.Id == sessionId && managedIds.Contains(s.CohortId));
        if (session is null)
        {
            return NotFound();
        }

        if (session.EndsAt <= clock.GetUtcNow().UtcDateTime)
        {
            await LoadAsync();
            ModelState.AddModelError(string.Empty, l["La session « {0} » est terminée : créez une nouvelle session pour ces candidats.", session.Title]);
            return Page();
        }

        var known = session.Candidates.Select(c => c.LearnerId).ToList();
        var learners = await SubmittedLearners(session.CohortId, session.BlockId).Where(id => !known.Contains(id)).ToListAsync();
        if (learners.Count == 0)
        {
            TempData["Message"] = l["Aucun nouveau dossier soumis pour la session « {0} ».", session.Title].Value;
            return RedirectToPage();
        }

        AddCandidates(session, learners, await NumberPrefixAsync(session.CohortId, session.BlockId));

        // New rows of a tracked session: their keys are set already, so EF must be told they are new (not updates).
        db.ExamCandidates.AddRange(session.Candidates.Where(c => learners.Contains(c.LearnerId)));
        audit.Record("certification.session-candidates-added", session.Id, $"{session.Title} (+{learners.Count})");
        await db.SaveChangesAsync();
        TempData["Message"] = l["{0} candidat(s) ajouté(s) à la session « {1} ».", learners.Count, session.Title].Value;
        return RedirectToPage();
    }

    /// <summary>Numbers candidates in a random order, so that a number says nothing of the alphabetical list; new
    /// candidates of an existing session get the numbers after the last one.</summary>
    public static void AddCandidates(ExamSession session, IEnumerable<Guid> learnerIds, string prefix)
    {
        var shuffled = learnerIds.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        var taken = session.Candidates.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
        var index = 0;
        foreach (var learnerId in shuffled)
        {
            while (taken.Contains(ExamSession.CandidateNumber(prefix, index)))
            {
                index++;
            }

            var number = ExamSession.CandidateNumber(prefix, index++);
            session.Candidates.Add(new ExamCandidate { SessionId = session.Id, LearnerId = learnerId, Number = number });
        }
    }

    /// <summary>The learners of the cohort whose dossier for the bloc is submitted.</summary>
    private IQueryable<Guid> SubmittedLearners(Guid cohortId, Guid blockId) =>
        db.DossierSnapshots.Where(s => s.CohortId == cohortId && s.BlockId == blockId).Select(s => s.LearnerId).Distinct();

    /// <summary>"2026-E1": the school year's first year and the épreuve (or the bloc's code).</summary>
    private async Task<string> NumberPrefixAsync(Guid cohortId, Guid blockId)
    {
        var exam = await db.FrameworkElements.Where(e => e.Id == blockId).Select(e => e.Exam ?? e.Code).SingleAsync();
        var year = await db.Cohorts.Where(x => x.Id == cohortId).Select(x => x.SchoolYear).SingleAsync();
        return $"{year[..Math.Min(4, year.Length)]}-{exam}";
    }

    private async Task LoadAsync()
    {
        var managed = cohorts.ManagedCohorts().Where(c => !c.Archived);
        var managedIds = managed.Select(c => c.Id);
        Choices = (await managed.AsNoTracking()
                .Join(db.FrameworkElements.Where(e => e.Kind == ElementKind.Block), c => c.FrameworkId, e => e.FrameworkId, (c, e) => new { c.Id, c.Name, BlockId = e.Id, e.Code, e.Exam, e.SortOrder })
                .ToListAsync())
            .OrderBy(x => x.Name).ThenBy(x => x.SortOrder)
            .Select(x => (x.Id, x.BlockId, $"{x.Name} — {x.Code}{(x.Exam is null ? "" : " (" + x.Exam + ")")}")).ToList();
        Jurors = await JuryAccess.AvailableMembersAsync(db, managed.Select(c => c.EstablishmentId).Distinct());
        Sessions = await db.ExamSessions.AsNoTracking().Where(s => managedIds.Contains(s.CohortId)).OrderByDescending(s => s.StartsAt)
            .Join(db.FrameworkElements, s => s.BlockId, e => e.Id, (s, e) => new SessionRow(s.Id, s.Title, e.Code, s.StartsAt, s.EndsAt, s.AnonymizeCandidates,
                s.Jurors.Count, s.Candidates.Count, db.JuryEvaluations.Count(j => s.Candidates.Any(c => c.Id == j.CandidateId)),
                db.DossierSnapshots.Where(d => d.CohortId == s.CohortId && d.BlockId == s.BlockId && !s.Candidates.Any(c => c.LearnerId == d.LearnerId))
                    .Select(d => d.LearnerId).Distinct().Count()))
            .ToListAsync();
    }

    /// <param name="NotYetCandidates">Learners who submitted their dossier for the bloc since the session was made.</param>
    public sealed record SessionRow(Guid Id, string Title, string BlockCode, DateTime StartsAt, DateTime EndsAt, bool Masked, int Jurors, int Candidates, int Evaluations,
        int NotYetCandidates);

    public sealed class SessionInput
    {
        public string? Title { get; set; }
        public string? CohortBlock { get; set; }
        public DateTime? StartsAt { get; set; }
        public DateTime? EndsAt { get; set; }
        public bool Anonymize { get; set; } = true;
        public List<Guid> JurorIds { get; set; } = [];
    }
}
