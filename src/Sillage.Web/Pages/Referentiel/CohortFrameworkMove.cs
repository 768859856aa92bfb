using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>
/// Moves a running cohort to another version of its framework in one transaction, all or nothing: each record of the
/// cohort that points to an element of the old version (see <see cref="CohortElementRows"/>) is pointed to the element
/// the référent chose, in place — a positionnement keeps its date, assessor and the corrections that point to it, no new
/// event is written. A record whose element maps to nothing, or whose owner already points to the new element, stays on
/// the old version (docs/adr/0013-moving-a-cohort-keeps-what-cannot-be-carried.md). The cohort is claimed first (its
/// version changes only if it is still the old one), then the usage is read again and compared with the screen's stamp.
/// </summary>
public sealed class CohortFrameworkMove(SillageDb db, AuditLog audit)
{
    public enum Status
    {
        Done,

        /// <summary>The cohort moved meanwhile or its records changed since the screen was computed: nothing changed.</summary>
        Stale,

        /// <summary>Records would stay on the old version and the référent did not confirm: nothing changed.</summary>
        NeedsConfirmation,

        /// <summary>The mapping names an element that is not of the new version or not of the same kind: nothing changed.</summary>
        Invalid,
    }

    public sealed record Outcome(Status Status, MoveReport Report);

    public async Task<Outcome> MoveAsync(Guid cohortId, Guid fromId, Guid toId, IReadOnlyDictionary<Guid, Guid?> mapping, string? stamp, bool confirmed,
        CancellationToken cancellationToken = default)
    {
        var report = new MoveReport();
        var oldElements = (await FrameworkVersions.ElementsAsync(db, fromId, cancellationToken)).ToDictionary(e => e.Id);
        var newElements = (await FrameworkVersions.ElementsAsync(db, toId, cancellationToken)).ToDictionary(e => e.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Cohorts.Where(c => c.Id == cohortId && c.FrameworkId == fromId && !c.Archived)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FrameworkId, toId), cancellationToken);
        var usage = await ElementUsage.ReadAsync(new CohortElementRows(db, cohortId, db.FrameworkElements.Where(e => e.FrameworkId == fromId).Select(e => e.Id)), cancellationToken);
        if (claimed == 0 || usage.Stamp != stamp || usage.ByElement.Keys.Any(id => !mapping.ContainsKey(id)))
        {
            return Refused(Status.Stale, report);
        }

        foreach (var (from, to) in mapping)
        {
            if (to is { } target && (!oldElements.TryGetValue(from, out var old) || !newElements.TryGetValue(target, out var now) || old.Kind != now.Kind))
            {
                return Refused(Status.Invalid, report);
            }
        }

        var rows = new CohortElementRows(db, cohortId, db.FrameworkElements.Where(e => e.FrameworkId == fromId || e.FrameworkId == toId).Select(e => e.Id));
        var carry = new Carrier(oldElements.Keys.ToHashSet(), newElements.Keys.ToHashSet(), mapping, report);
        carry.Rows(ElementUse.Assessment, await rows.Assessments().ToListAsync(cancellationToken), a => a.ElementId, null, (a, e) => a.ElementId = e);
        carry.Rows(ElementUse.TraceLink, await rows.TraceLinks().ToListAsync(cancellationToken), l => l.ElementId, l => l.TraceId, (l, e) => l.ElementId = e);
        carry.Rows(ElementUse.KnowledgeLink, await rows.KnowledgeLinks().ToListAsync(cancellationToken), l => l.ElementId, l => l.TraceId, (l, e) => l.ElementId = e);
        carry.Rows(ElementUse.GridLine, await rows.GridLines().ToListAsync(cancellationToken), l => l.ElementId, l => l.GridId, (l, e) => l.ElementId = e);
        carry.Rows(ElementUse.JuryLine, await rows.JuryLines().ToListAsync(cancellationToken), l => l.ElementId, l => l.EvaluationId, (l, e) => l.ElementId = e);
        carry.Rows(ElementUse.Dossier, await rows.Dossiers().ToListAsync(cancellationToken), d => d.BlockId, d => d.LearnerId, (d, e) => d.BlockId = e);
        carry.Rows(ElementUse.ExamSession, await rows.ExamSessions().ToListAsync(cancellationToken), s => s.BlockId, null, (s, e) => s.BlockId = e);
        // Targets and session elements are keys of association rows: the row is replaced, and two old elements that map to
        // one new element become one row.
        carry.Rows(ElementUse.PfmpTarget, await rows.PfmpTargets().ToListAsync(cancellationToken), t => t.ElementId, t => t.PeriodId, (t, e) =>
        {
            db.PfmpTargets.Remove(t);
            db.PfmpTargets.Add(new PfmpTarget { PeriodId = t.PeriodId, ElementId = e });
        }, merge: t => db.PfmpTargets.Remove(t));
        carry.Rows(ElementUse.ClassSession, await rows.ClassSessions().ToListAsync(cancellationToken), s => s.ElementId, s => s.SessionId, (s, e) =>
        {
            db.ClassSessionElements.Remove(s);
            db.ClassSessionElements.Add(new ClassSessionElement { SessionId = s.SessionId, ElementId = e });
        }, merge: s => db.ClassSessionElements.Remove(s));

        if (report.KeptTotal > 0 && !confirmed)
        {
            return Refused(Status.NeedsConfirmation, report);
        }

        audit.Record("framework.cohort-moved", cohortId,
            $"{fromId} -> {toId}: {report.CarriedTotal} carried, {report.KeptTotal} kept on the old version");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(Status.Done, report);
    }

    /// <summary>Nothing of the attempt may be saved later in the request: the transaction rolls back when disposed, and
    /// the changes made to tracked records are forgotten.</summary>
    private Outcome Refused(Status status, MoveReport report)
    {
        db.ChangeTracker.Clear();
        return new(status, report);
    }

    private sealed class Carrier(HashSet<Guid> oldIds, HashSet<Guid> newIds, IReadOnlyDictionary<Guid, Guid?> mapping, MoveReport report)
    {
        /// <param name="owner">What a record belongs to when one owner may point to an element once (a trace, a grid…).</param>
        /// <param name="merge">For association rows: drops a record whose owner already has the new element.</param>
        public void Rows<T>(ElementUse use, List<T> rows, Func<T, Guid> element, Func<T, Guid>? owner, Action<T, Guid> move, Action<T>? merge = null)
        {
            var taken = owner is null ? null : rows.Where(r => newIds.Contains(element(r))).Select(r => (owner(r), element(r))).ToHashSet();
            foreach (var row in rows.Where(r => oldIds.Contains(element(r))))
            {
                var from = element(row);
                if (mapping.GetValueOrDefault(from) is not { } to)
                {
                    report.Keep(from, use, KeptReason.NoElement);
                }
                else if (taken is not null && !taken.Add((owner!(row), to)))
                {
                    if (merge is null)
                    {
                        report.Keep(from, use, KeptReason.AlreadyThere);
                        continue;
                    }

                    merge(row);
                    report.Carry(use);
                }
                else
                {
                    move(row, to);
                    report.Carry(use);
                }
            }
        }
    }
}
