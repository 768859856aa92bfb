using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Certification.Jury;

/// <summary>The sessions a jury member sits in, with their candidates and whether the member has filled each grid:
/// "Mes sessions d'examen" lists them, the home page counts what is left to evaluate.</summary>
public static class JurySessions
{
    public sealed record SessionRow(Guid Id, string Title, string BlockCode, string BlockTitle, string? Exam, DateTime StartsAt, DateTime EndsAt, bool Masked, bool IsOpen, IReadOnlyList<CandidateRow> Candidates);

    public sealed record CandidateRow(Guid Id, string Number, string? Name, bool Evaluated);

    public static async Task<IReadOnlyList<SessionRow>> LoadAsync(SillageDb db, JuryAccess jury, DateTime now)
    {
        var sessions = await jury.MySessions().AsNoTracking().OrderBy(s => s.StartsAt)
            .Join(db.FrameworkElements, s => s.BlockId, e => e.Id, (s, e) => new { s, e.Code, e.Title, e.Exam })
            .ToListAsync();
        var ids = sessions.Select(x => x.s.Id).ToList();
        var grants = jury.MyGrants();
        var accountSessions = await jury.AccountSessionsAsync(ids);
        var candidates = await db.ExamCandidates.AsNoTracking().Where(c => ids.Contains(c.SessionId))
            .Join(db.Users, c => c.LearnerId, u => u.Id, (c, u) => new { c.Id, c.SessionId, c.Number, Name = u.LastName + " " + u.FirstName })
            .ToListAsync();
        var candidateIds = candidates.Select(c => c.Id).ToList();
        var jurors = new[] { grants.Account, grants.LinkPerson }.OfType<Guid>().ToList();
        var evaluated = (await db.JuryEvaluations.AsNoTracking().Where(e => candidateIds.Contains(e.CandidateId) && jurors.Contains(e.JurorId))
                .Select(e => new { e.CandidateId, e.JurorId }).ToListAsync())
            .Select(e => (e.CandidateId, e.JurorId)).ToHashSet();
        return sessions.Select(x => new SessionRow(x.s.Id, x.s.Title, x.Code, x.Title, x.Exam, x.s.StartsAt, x.s.EndsAt, x.s.AnonymizeCandidates, x.s.IsOpen(now),
                candidates.Where(c => c.SessionId == x.s.Id)
                    .Select(c => new CandidateRow(c.Id, c.Number, x.s.AnonymizeCandidates ? null : c.Name,
                        evaluated.Contains((c.Id, grants.JurorIn(accountSessions, x.s.Id)))))
                    .OrderBy(c => c.Number, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
