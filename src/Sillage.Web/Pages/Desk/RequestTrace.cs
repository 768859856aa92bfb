using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.FilRouge;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Desk;

/// <summary>
/// A resolved request turned into a trace of its handler's dossier in one click: an activity report pre-filled with the
/// context (the company, the service, the requester), what was done (the log) and the time spent, linked to the bloc 3
/// compétences of the request's category (<see cref="ShippedDesks.CompetencesOf"/>) in the cohort's framework.
/// The learner completes it like any trace; the request keeps the link.
/// </summary>
public sealed class RequestTrace(SillageDb db, ShippedDesks desks, SchoolClock clock, IStringLocalizer<Text> l)
{
    public async Task<Trace> CreateAsync(UserRequest request, string organisation, DateTime now)
    {
        var resolvedAt = RequestRules.ResolvedAt(request.State, request.Entries) ?? now;
        var content = new TraceContent(
            l["Demande utilisateur : {0}", request.Subject], TraceKind.ActivityReport, DateOnly.FromDateTime(clock.ToSchoolTime(resolvedAt)),
            TraceContext.SituationProfessionnelle, l["{0} — service {1}", organisation, DeskLabels.Of(l, request.Service)], Body(request), l["assistance, demande utilisateur"]);
        var (trace, revision) = Trace.Create(request.HandlerId!.Value, content, now);
        var frameworkId = await db.Cohorts.Where(c => c.Id == request.CohortId).Select(c => c.FrameworkId).SingleAsync();
        var elements = await db.FrameworkElements.Where(e => e.FrameworkId == frameworkId).Select(e => new { e.Id, e.Code }).ToListAsync();
        var codes = desks.CompetencesOf(request.Category, elements.Select(e => e.Code).ToHashSet(StringComparer.Ordinal));
        foreach (var element in elements.Where(e => codes.Contains(e.Code)).OrderBy(e => e.Code, StringComparer.Ordinal))
        {
            trace.Links.Add(new TraceCompetenceLink
            {
                TraceId = trace.Id, ElementId = element.Id, CreatedAt = now, UpdatedAt = now,
                Justification = l["Demande « {0} » de {1} traitée de bout en bout.", request.Subject, request.RequesterName],
            });
        }

        db.Traces.Add(trace);
        db.TraceRevisions.Add(revision);
        request.TraceId = trace.Id;
        request.Version++;
        return trace;
    }

    private string Body(UserRequest request)
    {
        var body = new StringBuilder();
        body.AppendLine(l["## Contexte"]).AppendLine();
        body.AppendLine(l["{0} ({1}, {2}) a envoyé une demande au service {3} : « {4} » (catégorie {5}, priorité {6}).", request.RequesterName,
            request.RequesterRole ?? "—", request.RequesterSite ?? "—", DeskLabels.Of(l, request.Service), request.Subject,
            DeskLabels.Of(l, request.Category), DeskLabels.Of(l, request.Priority)]).AppendLine();
        if (!string.IsNullOrWhiteSpace(request.Description))
        {
            body.AppendLine("> " + request.Description.Trim().ReplaceLineEndings("\n> ")).AppendLine();
        }

        body.AppendLine(l["## Ce que j'ai fait"]).AppendLine();
        foreach (var entry in request.Entries.Where(e => e.Actor == RequestActor.Learner && e.Text.Length > 0).OrderBy(e => e.At))
        {
            body.AppendLine(l["- {0} ({1} min) : {2}", clock.ToSchoolTime(entry.At).ToString("g", System.Globalization.CultureInfo.CurrentCulture), entry.Minutes, entry.Text.ReplaceLineEndings(" ")]);
        }

        body.AppendLine().AppendLine(l["Temps passé au total : {0} min.", RequestRules.TimeSpent(request.Entries)]).AppendLine();
        body.AppendLine(l["## Ce que j'en retiens"]).AppendLine();
        body.AppendLine(l["(À compléter : ce qui a bien fonctionné, ce que je ferais autrement, ce que j'ai appris.)"]);
        return body.ToString();
    }
}
