using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Certification;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Certification;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>
/// The app with its two demo establishments (A, the demo's; B, Marie-Curie), a signed-in client per caller and the resources the table's placeholders
/// point to. A (the demo establishment) and B each hold, per kind of resource, the "own" one (of the caller's
/// learner apprenant01, cohort, period tutored, session sat in…) and where there is one "other" (apprenant02's, a
/// cohort nobody of the callers belongs to, a session the jury member does not sit in). Shared resources (the
/// référentiel, the register of processing) are <see cref="Global"/>: one id whatever the caller.
/// </summary>
public class MatrixFixture : SillageApp, IAsyncLifetime
{
    /// <summary>Kinds of resource every establishment shares.</summary>
    public static readonly IReadOnlySet<string> Global = new HashSet<string> { "framework", "competence", "activity", "json", "firstfile", "code", "token", "id" };

    private readonly Dictionary<string, string> _resources = [];
    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, HttpClient> _apiClients = [];
    private readonly Dictionary<string, string> _tokens = [];

    public IReadOnlyList<Caller> Callers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        // The demo's queued jobs write rows; the fingerprints must not see them land between two requests.
        await WaitForJobsAsync();
        await WithDbAsync(async db =>
        {
            await ArrangeEstablishmentAsync(db, 'A', Accounts.ByRole, Accounts.OtherLearner, DemoSeeder.CohortName);
            await ArrangeEstablishmentAsync(db, 'B', Accounts.Other.ByRole, Accounts.Other.OtherLearner, DemoSeeder.SecondCohortName);
        });
        var now = Clock.GetUtcNow().UtcDateTime;
        var (tutorToken, juryToken) = await WithDbAsync(async db =>
        {
            var coordinator = await db.Users.SingleAsync(u => u.Email == Accounts.Coordinator);
            var tutor = await db.Users.SingleAsync(u => u.Email == Accounts.Tutor);
            var jury = await db.Users.SingleAsync(u => u.Email == Accounts.Jury);
            var (tutorLink, tutorToken) = TutorLink.Create(tutor.Id, coordinator.Id, now, TimeSpan.FromDays(30));
            var session = await db.ExamSessions.Include(s => s.Jurors).SingleAsync(s => s.Id == Guid.Parse(_resources["A:session:Own"]));
            var (juryLink, juryToken) = JuryLink.Create(session, jury.Id, coordinator.Id, now)!.Value;
            db.TutorLinks.Add(tutorLink);
            db.JuryLinks.Add(juryLink);
            await db.SaveChangesAsync();
            return (tutorToken, juryToken);
        });

        var callers = new List<Caller> { new(Caller.Anonymous, Caller.Anonymous, 'A') };
        _clients[Caller.Anonymous] = Anonymous();
        foreach (var (role, email) in Accounts.ByRole)
        {
            callers.Add(new($"{role}@A", role, 'A'));
            _clients[$"{role}@A"] = await SignInAsync(email);
        }

        foreach (var (role, email) in Accounts.Other.ByRole)
        {
            callers.Add(new($"{role}@B", role, 'B'));
            _clients[$"{role}@B"] = await SignInAsync(email);
        }

        callers.Add(new(Caller.TutorLink, Caller.TutorLink, 'A'));
        _clients[Caller.TutorLink] = await OpenLinkAsync("/tuteur/acces", tutorToken);
        callers.Add(new(Caller.JuryLink, Caller.JuryLink, 'A'));
        _clients[Caller.JuryLink] = await OpenLinkAsync("/jury/acces", juryToken);
        Callers = callers;
        foreach (var caller in callers)
        {
            _apiClients[caller.Name] = await ApiClientAsync(caller);
        }

        foreach (var caller in callers)
        {
            var page = caller.Kind switch
            {
                Caller.Anonymous => "/connexion",
                Caller.TutorLink => "/tuteur",
                Caller.JuryLink => "/jury",
                _ => "/compte",
            };
            var token = (await _clients[caller.Name].GetPageAsync(page)).Find("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            _tokens[caller.Name] = token ?? throw new InvalidOperationException($"No antiforgery token for {caller} on {page}.");
        }
    }

    public HttpClient ClientFor(Caller caller) => _clients[caller.Name];

    /// <summary>The caller's client for this cell: for the API (<c>/api/</c>), a personal access token of the caller's
    /// account; the anonymous and link callers keep their cookies, which the API must not accept.</summary>
    public HttpClient ClientFor(MatrixCell cell) =>
        cell.Url?.StartsWith("/api/", StringComparison.Ordinal) == true ? _apiClients[cell.Caller.Name] : _clients[cell.Caller.Name];

    private async Task<HttpClient> ApiClientAsync(Caller caller)
    {
        var accounts = caller.Establishment == 'A' ? Accounts.ByRole : Accounts.Other.ByRole;
        if (!accounts.TryGetValue(caller.Kind, out var email))
        {
            return _clients[caller.Name];
        }

        var now = Clock.GetUtcNow().UtcDateTime;
        var token = await WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var (row, token) = Sillage.Web.Api.AccessTokens.Create(user.Id, "matrice", true, now.AddDays(30), now);
            db.PersonalAccessTokens.Add(row);
            await db.SaveChangesAsync();
            return token;
        });
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The id of a kind of resource: "B:period:Own"; null when the test data has none.</summary>
    public string? ResourceId(string key) => _resources.GetValueOrDefault(key);

    /// <summary>An antiforgery token the caller got from a page they may open.</summary>
    public string AntiforgeryTokenFor(Caller caller) => _tokens[caller.Name];

    /// <summary>The path with each placeholder replaced by the id of that kind of resource, as
    /// <paramref name="variant"/> means it for <paramref name="caller"/>; null when the test data has none.</summary>
    public string? Resolve(string path, IReadOnlyList<string> placeholders, Caller caller, Variant variant)
    {
        foreach (var kind in placeholders)
        {
            string? id;
            if (Global.Contains(kind))
            {
                id = _resources.GetValueOrDefault($"*:{kind}");
            }
            else
            {
                var establishment = variant == Variant.Foreign ? (caller.Establishment == 'A' ? 'B' : 'A') : caller.Establishment;
                var slot = variant == Variant.Other ? "Other" : "Own";
                id = _resources.GetValueOrDefault($"{establishment}:{kind}:{slot}");
            }

            if (id is null)
            {
                return null;
            }

            path = path.Replace("{" + kind + "}", id, StringComparison.Ordinal);
        }

        return path;
    }

    private void Put(string key, object? id)
    {
        if (id is not null)
        {
            _resources[key] = id.ToString()!;
        }
    }

    /// <summary>The resources of one establishment, found in the demo data of its accounts (see
    /// <see cref="DemoSeeder"/>), plus what the demo lacks: a cohort nobody of the callers belongs to, an interview
    /// per learner, a second exam session the jury member does not sit in, a draft dossier with a document.</summary>
    private async Task ArrangeEstablishmentAsync(SillageDb db, char establishment, IReadOnlyDictionary<string, string> accounts, string otherLearnerEmail, string cohortName)
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == cohortName);
        var learner = await db.Users.SingleAsync(u => u.Email == accounts[Roles.Learner]);
        var other = await db.Users.SingleAsync(u => u.Email == otherLearnerEmail);
        var teacher = await db.Users.SingleAsync(u => u.Email == accounts[Roles.Teacher]);
        var tutor = await db.Users.SingleAsync(u => u.Email == accounts[Roles.Tutor]);
        var coordinator = await db.Users.SingleAsync(u => u.Email == accounts[Roles.Coordinator]);
        var e = establishment;
        if (e == 'A')
        {
            Put("*:framework", cohort.FrameworkId);
            Put("*:competence", (await db.FrameworkElements.SingleAsync(f => f.FrameworkId == cohort.FrameworkId && f.Code == "C2.3")).Id);
            Put("*:activity", (await db.ProcessingActivities.FirstAsync()).Id);
            Put("*:json", "json");
            Put("*:firstfile", "fichier-1");
        }

        Put($"{e}:learner:Own", learner.Id);
        Put($"{e}:learner:Other", other.Id);
        Put($"{e}:cohort:Own", cohort.Id);
        var otherCohort = new Cohort { Name = "Autre promotion", SchoolYear = "2026-2027", EstablishmentId = cohort.EstablishmentId, FrameworkId = cohort.FrameworkId };
        db.Cohorts.Add(otherCohort);
        Put($"{e}:cohort:Other", otherCohort.Id);

        foreach (var (slot, person) in new[] { ("Own", learner), ("Other", other) })
        {
            var attachment = await db.Attachments.Join(db.Traces.Where(t => t.LearnerId == person.Id), a => a.TraceId, t => t.Id, (a, _) => a).FirstOrDefaultAsync();
            Put($"{e}:trace:{slot}", attachment?.TraceId ?? (await db.Traces.FirstOrDefaultAsync(t => t.LearnerId == person.Id))?.Id);
            Put($"{e}:attachment:{slot}", attachment?.Id);
            var interview = await db.Interviews.FirstOrDefaultAsync(i => i.LearnerId == person.Id);
            if (interview is null)
            {
                interview = new Sillage.Domain.Suivi.Interview { LearnerId = person.Id, CohortId = cohort.Id, AuthorId = teacher.Id, HeldOn = new DateOnly(2026, 11, 10), Strengths = "Rigueur" };
                db.Interviews.Add(interview);
            }

            Put($"{e}:interview:{slot}", interview.Id);

            // The own period is one the establishment's demo tutor follows; the other one is followed by someone else.
            var period = slot == "Own"
                ? await db.PfmpPeriods.Where(p => p.LearnerId == person.Id && p.TutorId == tutor.Id).OrderBy(p => p.Start).FirstOrDefaultAsync()
                : await db.PfmpPeriods.Where(p => p.LearnerId == person.Id && p.TutorId != tutor.Id).OrderBy(p => p.Start).FirstOrDefaultAsync();
            Put($"{e}:period:{slot}", period?.Id);
        }

        await db.SaveChangesAsync();
        foreach (var (key, id) in await CcfGradingRoutes.ArrangeAsync(db, cohort, otherCohort, learner, other, teacher))
        {
            Put($"{e}:{key}", id);
        }

        var certification = await CertificationRoutes.ArrangeAsync(db, Services, learner.Id, cohort);
        foreach (var kind in new[] { "dossier", "draftdossier", "document", "snapshot", "candidate", "session" })
        {
            Put($"{e}:{kind}:Own", certification["{" + kind + "}"]);
        }

        // A second session the jury member does not sit in, with the other learner as candidate.
        var session = await db.ExamSessions.SingleAsync(s => s.Id == Guid.Parse(certification["{session}"]));
        var secondSession = new ExamSession
        {
            CohortId = cohort.Id, BlockId = session.BlockId, Title = "Épreuve E1 — seconde session", StartsAt = session.StartsAt, EndsAt = session.EndsAt,
            CreatedAt = session.CreatedAt, CreatedById = coordinator.Id,
        };
        SessionsModel.AddCandidates(secondSession, [other.Id], $"2026-E1{e}");
        db.ExamSessions.Add(secondSession);
        await db.SaveChangesAsync();
        Put($"{e}:session:Other", secondSession.Id);
        Put($"{e}:candidate:Other", secondSession.Candidates[0].Id);

        var ccf = await CcfOrganiseRoutes.ArrangeAsync(db, learner.Id, cohort.Id);
        Put($"{e}:ccfsitting:Own", ccf["{ccfsitting}"]);
        Put($"{e}:ccfproject:Own", ccf["{ccfproject}"]);
        var (otherSitting, otherProject) = await CcfOrganiseRoutes.ArrangeOtherAsync(db, otherCohort.Id, other.Id, teacher.Id, coordinator.Id, session.CreatedAt);
        Put($"{e}:ccfsitting:Other", otherSitting);
        Put($"{e}:ccfproject:Other", otherProject);

        var situations = await db.Situations.Where(s => s.EstablishmentId == cohort.EstablishmentId).OrderBy(s => s.Code).Select(s => s.Id).Take(2).ToListAsync();
        foreach (var (slot, situation) in new[] { "Own", "Other" }.Zip(situations))
        {
            Put($"{e}:situation:{slot}", situation);
            Put($"{e}:mission:{slot}", (await db.Missions.Where(m => m.SituationId == situation).OrderBy(m => m.SortOrder).FirstOrDefaultAsync())?.Id);
            Put($"{e}:sitdocument:{slot}", (await db.SituationDocuments.FirstOrDefaultAsync(d => d.SituationId == situation))?.Id);
        }

        // The own organisation is one with a document where there is one, so that its documents' routes are tried.
        var organisations = await db.Organisations.Where(o => o.EstablishmentId == cohort.EstablishmentId)
            .OrderBy(o => db.OrganisationDocuments.Any(d => d.OrganisationId == o.Id) ? 0 : 1).ThenBy(o => o.Name).Select(o => o.Id).Take(2).ToListAsync();
        foreach (var (slot, organisation) in new[] { "Own", "Other" }.Zip(organisations))
        {
            Put($"{e}:organisation:{slot}", organisation);
            Put($"{e}:orgdocument:{slot}", (await db.OrganisationDocuments.FirstOrDefaultAsync(d => d.OrganisationId == organisation))?.Id);
        }

        var resources = await db.Resources.Where(r => r.EstablishmentId == cohort.EstablishmentId).OrderBy(r => r.Title).Select(r => r.Id).Take(2).ToListAsync();
        foreach (var (slot, resource) in new[] { "Own", "Other" }.Zip(resources))
        {
            Put($"{e}:resource:{slot}", resource);
        }

        var (ownSession, otherSession) = await CahierRoutes.ArrangeAsync(db, cohort.Id, otherCohort.Id, teacher.Id);
        Put($"{e}:classsession:Own", ownSession);
        Put($"{e}:classsession:Other", otherSession);

        foreach (var (key, id) in await PfmpSearchRoutes.ArrangeAsync(db, cohort.EstablishmentId, learner.Id, other.Id, session.CreatedAt))
        {
            Put($"{e}:{key}", id);
        }

        foreach (var (key, id) in await DeskRoutes.ArrangeAsync(db, cohort.Id, otherCohort.Id, session.CreatedAt))
        {
            Put($"{e}:{key}", id);
        }

        foreach (var (key, id) in await ReferentielRoutes.ArrangeAsync(db, cohort.EstablishmentId, session.CreatedAt))
        {
            Put($"{e}:{key}", id);
        }

        var hosts = await db.HostOrganisations.Where(h => h.EstablishmentId == cohort.EstablishmentId).OrderBy(h => h.Name).Select(h => h.Id).Take(2).ToListAsync();
        foreach (var (slot, host) in new[] { "Own", "Other" }.Zip(hosts))
        {
            Put($"{e}:host:{slot}", host);
        }

        // The own event is one of the demo cohort's with the own host among its partners (the harvested form gives a
        // blank tax line the directory's first partner, which must be one of the event's); the other one is of a
        // cohort no caller belongs to.
        var ownHost = hosts[0];
        Put($"{e}:partnership:Own", await db.PartnershipActions.Where(a => a.Cohorts.Any(c => c.CohortId == cohort.Id) && a.Partners.Any(p => p.HostOrganisationId == ownHost))
            .OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var otherEvent = new Sillage.Domain.Partners.PartnershipAction
        {
            EstablishmentId = cohort.EstablishmentId, Kind = Sillage.Domain.Partners.PartnershipKind.Visit, Date = new DateOnly(2026, 11, 3), Title = "Visite (autre promotion)",
        };
        otherEvent.Cohorts.Add(new() { ActionId = otherEvent.Id, CohortId = otherCohort.Id });
        db.PartnershipActions.Add(otherEvent);
        await db.SaveChangesAsync();
        Put($"{e}:partnership:Other", otherEvent.Id);
    }

    private async Task<HttpClient> OpenLinkAsync(string accessPath, string token)
    {
        var client = Anonymous();
        var page = await client.GetPageAsync($"{accessPath}?jeton={Uri.EscapeDataString(token)}");
        var response = await client.SubmitAsync(page, "form");
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Opening {accessPath}: {(int)response.StatusCode}");
        return client;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
