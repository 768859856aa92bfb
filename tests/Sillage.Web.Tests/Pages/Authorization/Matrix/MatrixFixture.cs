using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Certification;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Certification;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>
/// The app with two establishments, a signed-in client per caller and the resources the table's placeholders
/// point to. A (the demo establishment) and B each hold, per kind of resource, the "own" one (of the caller's
/// learner apprenant01, cohort, period tutored, session sat in…) and where there is one "other" (apprenant02's, a
/// cohort nobody of the callers belongs to, a session the jury member does not sit in). Shared resources (the
/// référentiel, the register of processing) are <see cref="Global"/>: one id whatever the caller.
/// </summary>
public sealed class MatrixFixture : SillageApp, IAsyncLifetime
{
    public const string SecondDomain = "marie-curie.sillage.test";

    /// <summary>Kinds of resource every establishment shares.</summary>
    public static readonly IReadOnlySet<string> Global = new HashSet<string> { "framework", "competence", "activity", "json", "firstfile", "code", "token", "id" };

    private readonly Dictionary<string, string> _resources = [];
    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, string> _tokens = [];

    public IReadOnlyList<Caller> Callers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await WithDbAsync(async db =>
        {
            await ArrangeEstablishmentAAsync(db);
            await ArrangeEstablishmentBAsync(db);
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

        foreach (var (role, local) in SecondAccounts)
        {
            callers.Add(new($"{role}@B", role, 'B'));
            _clients[$"{role}@B"] = await SignInAsync($"{local}@{SecondDomain}");
        }

        callers.Add(new(Caller.TutorLink, Caller.TutorLink, 'A'));
        _clients[Caller.TutorLink] = await OpenLinkAsync("/tuteur/acces", tutorToken);
        callers.Add(new(Caller.JuryLink, Caller.JuryLink, 'A'));
        _clients[Caller.JuryLink] = await OpenLinkAsync("/jury/acces", juryToken);
        Callers = callers;
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

    /// <summary>The roles of establishment B, with the local part of their e-mail address (no administrator: the
    /// platform has one).</summary>
    public static readonly IReadOnlyList<(string Role, string Local)> SecondAccounts =
    [
        (Roles.Coordinator, "referent"), (Roles.Teacher, "prof.eco"), (Roles.Learner, "apprenant01"), (Roles.Tutor, "tuteur"), (Roles.Jury, "jury"),
    ];

    public HttpClient ClientFor(Caller caller) => _clients[caller.Name];

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

    private async Task ArrangeEstablishmentAAsync(SillageDb db)
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
        var learner = await db.Users.SingleAsync(u => u.Email == Accounts.Learner);
        var other = await db.Users.SingleAsync(u => u.Email == Accounts.OtherLearner);
        var teacher = await db.Users.SingleAsync(u => u.Email == Accounts.Teacher);
        var tutor = await db.Users.SingleAsync(u => u.Email == Accounts.Tutor);
        var coordinator = await db.Users.SingleAsync(u => u.Email == Accounts.Coordinator);

        Put("*:framework", cohort.FrameworkId);
        Put("*:competence", (await db.FrameworkElements.SingleAsync(e => e.FrameworkId == cohort.FrameworkId && e.Code == "C2.3")).Id);
        Put("*:activity", (await db.ProcessingActivities.FirstAsync()).Id);
        Put("*:json", "json");
        Put("*:firstfile", "fichier-1");

        Put("A:learner:Own", learner.Id);
        Put("A:learner:Other", other.Id);
        Put("A:cohort:Own", cohort.Id);
        var otherCohort = new Cohort { Name = "Autre promotion", SchoolYear = "2026-2027", EstablishmentId = cohort.EstablishmentId, FrameworkId = cohort.FrameworkId };
        db.Cohorts.Add(otherCohort);
        Put("A:cohort:Other", otherCohort.Id);

        var attachment = await db.Attachments.Join(db.Traces.Where(t => t.LearnerId == learner.Id), a => a.TraceId, t => t.Id, (a, _) => a).FirstAsync();
        Put("A:trace:Own", attachment.TraceId);
        Put("A:attachment:Own", attachment.Id);
        var otherAttachment = await db.Attachments.Join(db.Traces.Where(t => t.LearnerId == other.Id), a => a.TraceId, t => t.Id, (a, _) => a).FirstOrDefaultAsync();
        Put("A:trace:Other", otherAttachment?.TraceId ?? (await db.Traces.FirstOrDefaultAsync(t => t.LearnerId == other.Id))?.Id);
        Put("A:attachment:Other", otherAttachment?.Id);

        foreach (var (slot, person) in new[] { ("Own", learner), ("Other", other) })
        {
            var interview = await db.Interviews.FirstOrDefaultAsync(i => i.LearnerId == person.Id);
            if (interview is null)
            {
                interview = new Sillage.Domain.Suivi.Interview { LearnerId = person.Id, CohortId = cohort.Id, AuthorId = teacher.Id, HeldOn = new DateOnly(2026, 11, 10), Strengths = "Rigueur" };
                db.Interviews.Add(interview);
            }

            Put($"A:interview:{slot}", interview.Id);
            // The own period is one the demo tutor follows; the other one is followed by someone else (or nobody).
            var period = slot == "Own"
                ? await db.PfmpPeriods.Where(p => p.LearnerId == person.Id && p.TutorId == tutor.Id).OrderBy(p => p.Start).FirstOrDefaultAsync()
                : await db.PfmpPeriods.Where(p => p.LearnerId == person.Id && p.TutorId != tutor.Id).OrderBy(p => p.Start).FirstOrDefaultAsync();
            Put($"A:period:{slot}", period?.Id);
        }

        await db.SaveChangesAsync();
        var certification = await CertificationRoutes.ArrangeAsync(db, Services, learner.Id, cohort);
        foreach (var kind in new[] { "dossier", "draftdossier", "document", "snapshot", "candidate", "session" })
        {
            Put($"A:{kind}:Own", certification["{" + kind + "}"]);
        }

        // A second session of A the jury member does not sit in, with apprenant02 as candidate.
        var session = await db.ExamSessions.SingleAsync(s => s.Id == Guid.Parse(certification["{session}"]));
        var secondSession = new ExamSession
        {
            CohortId = cohort.Id, BlockId = session.BlockId, Title = "Épreuve E1 — seconde session", StartsAt = session.StartsAt, EndsAt = session.EndsAt,
            CreatedAt = session.CreatedAt, CreatedById = coordinator.Id,
        };
        SessionsModel.AddCandidates(secondSession, [other.Id], "2026-E1B");
        db.ExamSessions.Add(secondSession);
        await db.SaveChangesAsync();
        Put("A:session:Other", secondSession.Id);
        Put("A:candidate:Other", secondSession.Candidates[0].Id);

        var situation = await db.Situations.FirstAsync(s => s.EstablishmentId == cohort.EstablishmentId);
        Put("A:situation:Own", situation.Id);
        Put("A:mission:Own", (await db.Missions.Where(m => m.SituationId == situation.Id).OrderBy(m => m.SortOrder).FirstOrDefaultAsync())?.Id);
        Put("A:sitdocument:Own", (await db.SituationDocuments.FirstOrDefaultAsync(d => d.SituationId == situation.Id))?.Id);
        var organisation = await db.Organisations.FirstAsync(o => o.EstablishmentId == cohort.EstablishmentId);
        Put("A:organisation:Own", organisation.Id);
        Put("A:orgdocument:Own", (await db.OrganisationDocuments.FirstOrDefaultAsync(d => d.OrganisationId == organisation.Id))?.Id);
        Put("A:resource:Own", (await db.Resources.FirstOrDefaultAsync(r => r.EstablishmentId == cohort.EstablishmentId))?.Id);
        Put("A:host:Own", (await db.HostOrganisations.SingleAsync(h => h.Name == "Cabinet Lemoine Conseil")).Id);
    }

    /// <summary>Establishment B: its référent, teacher, two learners, tutor and jury member, a cohort, a trace
    /// and a host organisation.</summary>
    private async Task ArrangeEstablishmentBAsync(SillageDb db)
    {
        var framework = await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.FrameworkId).SingleAsync();
        var now = Clock.GetUtcNow().UtcDateTime;
        var establishment = new Establishment { Name = "Lycée Marie-Curie", Uai = "0999999Z", City = "Lyon" };
        db.Establishments.Add(establishment);
        var cohort = new Cohort { Name = "MC SNO 2026-2027 (Marie-Curie)", SchoolYear = "2026-2027", EstablishmentId = establishment.Id, FrameworkId = framework };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var people = new Dictionary<string, User>();
        foreach (var (role, local) in SecondAccounts.Append((Roles.Learner, "apprenant02")))
        {
            var user = new User
            {
                FirstName = "Personne", LastName = local, Email = $"{local}@{SecondDomain}", UserName = $"{local}@{SecondDomain}", EmailConfirmed = true,
                EstablishmentId = establishment.Id, CreatedAt = now, InvitedAt = now, ActivatedAt = now,
            };
            var result = await users.CreateAsync(user, DemoSeeder.Password);
            result = result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            people[local] = user;
        }

        db.CohortMembers.AddRange(
            new CohortMember { CohortId = cohort.Id, PersonId = people["prof.eco"].Id, Role = CohortRole.Teacher, JoinedAt = now },
            new CohortMember { CohortId = cohort.Id, PersonId = people["apprenant01"].Id, Role = CohortRole.Learner, JoinedAt = now },
            new CohortMember { CohortId = cohort.Id, PersonId = people["apprenant02"].Id, Role = CohortRole.Learner, JoinedAt = now });
        var trace = new Trace { LearnerId = people["apprenant01"].Id, Title = "Trace de Marie-Curie", Body = "Contenu", CreatedAt = now, UpdatedAt = now };
        db.Traces.Add(trace);
        var host = new Sillage.Domain.Partners.HostOrganisation { Name = "Entreprise lyonnaise", EstablishmentId = establishment.Id };
        db.HostOrganisations.Add(host);
        await db.SaveChangesAsync();
        Put("B:learner:Own", people["apprenant01"].Id);
        Put("B:learner:Other", people["apprenant02"].Id);
        Put("B:cohort:Own", cohort.Id);
        Put("B:trace:Own", trace.Id);
        Put("B:host:Own", host.Id);
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
