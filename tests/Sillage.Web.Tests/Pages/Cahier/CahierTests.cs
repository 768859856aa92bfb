using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Teaching;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Cahier;

/// <summary>
/// The cahier de textes (issue #19 items 2–4) on the demo: the test clock is Monday 16 November 2026, the demo's
/// sessions run from the plan's start to the Friday before. Each test works on its own day so that they share the
/// fixture without meeting.
/// </summary>
public sealed class CahierTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string English = $"prof.anglais@{DemoSeeder.Domain}";

    private Task<Guid> CohortAsync() => app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());

    private Task<Guid> UserAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> SessionCountAsync(Guid cohort) => app.WithDbAsync(db => db.ClassSessions.CountAsync(s => s.CohortId == cohort));

    private Task<Guid> ElementAsync(Guid cohort, string code) => app.WithDbAsync(db =>
        db.FrameworkElements.Where(e => e.Code == code && db.Cohorts.Any(c => c.Id == cohort && c.FrameworkId == e.FrameworkId)).Select(e => e.Id).SingleAsync());

    private Task<Guid> DemoSessionAsync(Guid cohort, DateOnly day, int hour, Guid? group = null) => app.WithDbAsync(db =>
        db.ClassSessions.Where(s => s.CohortId == cohort && s.Date == day && s.Start == new TimeOnly(hour, 0) && s.GroupId == group).Select(s => s.Id).SingleAsync());

    private static decimal Cell(Page page, string line) =>
        decimal.Parse(page.Find($"tr[data-line='{line}'] td")!.TextContent.Trim().Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_teacher_records_a_session_from_a_day_of_the_week_and_planned_versus_done_moves()
    {
        var cohort = await CohortAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var before = Cell(await teacher.GetPageAsync($"/promotions/{cohort}/realise"), "B1");

        var week = await teacher.GetPageAsync($"/promotions/{cohort}/cahier-de-textes?semaine=2026-11-16");
        var add = week.FindAll("a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/seance?date=2026-11-18", StringComparison.Ordinal));
        var form = await teacher.GetPageAsync(add);
        Assert.Equal("2026-11-18", form.Find("#Input_Date")!.GetAttribute("value"));
        var page = await teacher.SubmitAndFollowAsync(form, "#session-form", new()
        {
            ["Input.Content"] = "Diagnostic d'une panne réseau, méthode pas à pas.", ["Input.ElementIds"] = (await ElementAsync(cohort, "C1.1")).ToString(),
            ["Input.Start"] = "13:30", ["Input.Duration"] = "120", ["Input.Homework"] = "Finir la fiche de diagnostic.",
        });

        Assert.Empty(page.Errors());
        Assert.Contains("Diagnostic d'une panne réseau", page.Document.Body!.TextContent, StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.ClassSessions.Include(s => s.Teachers).Include(s => s.Elements)
            .SingleAsync(s => s.CohortId == cohort && s.Date == new DateOnly(2026, 11, 18) && s.Start == new TimeOnly(13, 30)));
        Assert.Equal(120, saved.DurationMinutes);
        Assert.Equal([await UserAsync(Accounts.Teacher)], saved.Teachers.Select(t => t.TeacherId));
        Assert.Single(saved.Elements);
        Assert.Equal(before + 2, Cell(await teacher.GetPageAsync($"/promotions/{cohort}/realise"), "B1"));

        // The learners read it in their week, with the work to do.
        var learner = await app.SignInAsync(Accounts.Learner);
        var theirs = await learner.GetPageAsync($"/promotions/{cohort}/cahier-de-textes?semaine=2026-11-18");
        Assert.Contains("Finir la fiche de diagnostic.", theirs.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(theirs.Find($"a[href*='/seance?date=']"));
    }

    [Fact]
    public async Task A_session_opened_from_a_situation_has_its_missions_competences_ticked()
    {
        var cohort = await CohortAsync();
        var (situation, expected) = await app.WithDbAsync(async db =>
        {
            var s = await db.Situations.Where(x => x.Code == "vosreves-situation-3").Select(x => x.Id).SingleAsync();
            var codes = await db.MissionCompetences.Where(m => db.Missions.Any(x => x.Id == m.MissionId && x.SituationId == s && x.RemovedAt == null))
                .Join(db.FrameworkElements, m => m.ElementId, e => e.Id, (_, e) => e.Code).Distinct().ToListAsync();
            return (s, codes);
        });
        Assert.NotEmpty(expected);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var week = await teacher.GetPageAsync($"/promotions/{cohort}/cahier-de-textes?semaine=2026-11-16");
        Assert.NotNull(week.Find($"a[href*='situation={situation}']"));

        var form = await teacher.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance?date=2026-11-19&situation={situation}");
        Assert.Equal(situation.ToString(), form.Find("#Input_SituationId option[selected]")!.GetAttribute("value"));
        // A mission's compétence détaillée ("C3.3.1") is ticked as its compétence ("C3.3"), the form's finest level.
        var ticked = form.FindAll("input[name='Input.ElementIds'][checked]").Select(i => i.NextElementSibling!.TextContent.Trim().Split(' ')[0]).ToList();
        Assert.NotEmpty(ticked);
        Assert.All(ticked, code => Assert.Contains(expected, e => e == code || e.StartsWith(code + ".", StringComparison.Ordinal)));
        Assert.All(expected, e => Assert.Contains(ticked, code => e == code || e.StartsWith(code + ".", StringComparison.Ordinal) || e.StartsWith("B", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Overlapping_sessions_for_a_teacher_or_for_the_same_learners_are_refused_and_nothing_is_saved()
    {
        var cohort = await CohortAsync();
        var count = await SessionCountAsync(cohort);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance?date=2026-11-09");
        var page = await teacher.SubmitAndFollowAsync(form, "#session-form", new() { ["Input.Content"] = "Essai", ["Input.Start"] = "09:00", ["Input.Duration"] = "60" });
        Assert.Contains(page.Errors(), e => e.Contains("a déjà une séance de 08:00 à 10:00 ce jour-là", StringComparison.Ordinal));

        // The English teacher is free on Tuesday at 10:00, but both half-groups are in class: the whole cohort is not.
        var english = await app.SignInAsync(English);
        form = await english.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance?date=2026-11-10");
        page = await english.SubmitAndFollowAsync(form, "#session-form", new() { ["Input.Content"] = "Essai", ["Input.Start"] = "10:30", ["Input.Duration"] = "60" });
        Assert.Contains(page.Errors(), e => e.StartsWith("Les mêmes apprenants ont déjà une séance de 10:00 à 12:00", StringComparison.Ordinal));
        Assert.Equal(count, await SessionCountAsync(cohort));
    }

    [Theory]
    [InlineData("2026-11-20", "21:00", "120", "Une séance se tient entre 07:00 et 22:00")]
    [InlineData("2026-09-01", "08:00", "60", "Le 1 septembre 2026 est hors des dates de formation de la promotion")]
    [InlineData("2026-10-20", "08:00", "60", "Le 20 octobre 2026 tombe pendant « Vacances de la Toussaint (démonstration) »")]
    [InlineData("2026-11-20", "08:00", "0", "La durée doit être comprise entre 15 minutes et 10 heures.")]
    public async Task A_session_that_does_not_fit_the_day_or_the_cohorts_dates_is_refused(string date, string start, string duration, string message)
    {
        var cohort = await CohortAsync();
        var count = await SessionCountAsync(cohort);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance?date={date}");
        var page = await teacher.SubmitAndFollowAsync(form, "#session-form", new() { ["Input.Content"] = "Essai", ["Input.Start"] = start, ["Input.Duration"] = duration });
        Assert.Contains(page.Errors(), e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(count, await SessionCountAsync(cohort));
    }

    [Fact]
    public async Task An_english_user_reads_the_overlap_in_english()
    {
        var cohort = await CohortAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        teacher.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var form = await teacher.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance?date=2026-11-09");
        var page = await teacher.SubmitAndFollowAsync(form, "#session-form", new() { ["Input.Content"] = "Test", ["Input.Start"] = "09:00", ["Input.Duration"] = "60" });
        Assert.Contains(page.Errors(), e => e.Contains("already has a session from 08:00 to 10:00 that day", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_teachers_editing_the_same_joint_session_never_overwrite_each_other()
    {
        var cohort = await CohortAsync();
        var joint = await DemoSessionAsync(cohort, new DateOnly(2026, 11, 12), 8);
        var eco = await app.SignInAsync(Accounts.Teacher);
        var english = await app.SignInAsync(English);
        var first = await eco.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance/{joint}");
        var second = await english.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance/{joint}");

        var saved = await eco.SubmitAndFollowAsync(first, "#session-form", new() { ["Input.Content"] = "Version de M. Bernard" });
        Assert.Empty(saved.Errors());
        var refused = await english.SubmitAndFollowAsync(second, "#session-form", new() { ["Input.Content"] = "Version de Mme Petit" });
        Assert.Contains(refused.Errors(), e => e.StartsWith("La séance a été modifiée entre-temps par", StringComparison.Ordinal));
        Assert.Equal("Version de M. Bernard", await app.WithDbAsync(db => db.ClassSessions.Where(s => s.Id == joint).Select(s => s.Content).SingleAsync()));
    }

    [Fact]
    public async Task The_register_records_absences_and_lateness_and_each_learner_sees_only_their_own()
    {
        var cohort = await CohortAsync();
        var session = await DemoSessionAsync(cohort, new DateOnly(2026, 11, 2), 10);
        var (learner, other) = (await UserAsync(Accounts.Learner), await UserAsync(Accounts.OtherLearner));
        var teacher = await app.SignInAsync(Accounts.Coordinator);
        var page = await teacher.GetPageAsync($"/cahier-de-textes/seances/{session}");
        string Row(Guid id) => page.Find($"input[name$='.LearnerId'][value='{id}']")!.GetAttribute("name")!.Replace(".LearnerId", "", StringComparison.Ordinal);
        var (a, b) = (Row(learner), Row(other));
        var after = await teacher.SubmitAndFollowAsync(page, "#register-form", new()
        {
            [a + ".Status"] = "absent", [a + ".Justified"] = "true", [a + ".Reason"] = "Rendez-vous médical",
            [b + ".Status"] = "late", [b + ".LateMinutes"] = "20",
        });
        Assert.Empty(after.Errors());
        var marks = await app.WithDbAsync(db => db.SessionAttendance.Where(x => x.SessionId == session).ToListAsync());
        Assert.Contains(marks, m => m.LearnerId == learner && m.Status == AttendanceStatus.Absent && m.Justified && m.Reason == "Rendez-vous médical");
        Assert.Contains(marks, m => m.LearnerId == other && m.Status == AttendanceStatus.Late && m.LateMinutes == 20 && !m.Justified);

        var otherLearner = await app.SignInAsync(Accounts.OtherLearner);
        var theirs = await otherLearner.GetPageAsync($"/cahier-de-textes/seances/{session}");
        Assert.Contains("En retard", theirs.Find("#my-attendance")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Rendez-vous médical", theirs.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(theirs.Find("#register-form"));

        var own = await (await app.SignInAsync(Accounts.Learner)).GetPageAsync($"/suivi/apprenants/{learner}");
        Assert.Matches(@"absence\(s\) \([\d,]+ h manquées\)", own.Find("#attendance-summary")!.TextContent);

        var csv = await (await teacher.GetAsync($"/promotions/{cohort}/assiduite?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(";2026-11-02;10:00;120;Absent(e);;oui;Rendez-vous médical", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_learners_attendance_is_shown_in_their_pfmp_and_certification_records()
    {
        var cohort = await CohortAsync();
        var today = new DateOnly(2026, 11, 16);
        Task<int> AbsencesAsync(Guid learner) => app.WithDbAsync(db => db.SessionAttendance.CountAsync(a => a.LearnerId == learner && a.Status == AttendanceStatus.Absent
            && db.ClassSessions.Any(s => s.Id == a.SessionId && s.CohortId == cohort && s.Date <= today)));

        var period = await app.WithDbAsync(db => db.PfmpPeriods.Where(p => p.CohortId == cohort
                && db.SessionAttendance.Any(a => a.LearnerId == p.LearnerId && a.Status == AttendanceStatus.Absent))
            .OrderBy(p => p.Start).ThenBy(p => p.Id).Select(p => new { p.Id, p.LearnerId }).FirstAsync());
        var absences = await AbsencesAsync(period.LearnerId);
        Assert.True(absences > 0);
        var teacher = await app.SignInAsync(Accounts.Coordinator);
        var pfmp = await teacher.GetPageAsync($"/pfmp/periodes/{period.Id}");
        Assert.Contains($" ; {absences} absence(s)", pfmp.Find("#attendance-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"apprenant={period.LearnerId}", pfmp.Find("#attendance-summary + a")!.GetAttribute("href"), StringComparison.Ordinal);

        var dossier = await app.WithDbAsync(db => db.CertificationDossiers.Where(d => d.CohortId == cohort).OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.LearnerId, Email = db.Users.Where(u => u.Id == d.LearnerId).Select(u => u.Email).Single() }).FirstAsync());
        var own = await (await app.SignInAsync(dossier.Email!)).GetPageAsync($"/certification/dossiers/{dossier.Id}");
        Assert.Contains($" ; {await AbsencesAsync(dossier.LearnerId)} absence(s)", own.Find("#attendance-summary")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("apprenant=", own.Find("#attendance-summary + a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_of_a_session_to_come_is_refused()
    {
        var cohort = await CohortAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance?date=2026-11-25");
        var page = await teacher.SubmitAndFollowAsync(form, "#session-form", new() { ["Input.Content"] = "À venir", ["Input.Start"] = "08:00" });
        Assert.Empty(page.Errors());
        Assert.Null(page.Find("#register-form"));
        var id = await app.WithDbAsync(db => db.ClassSessions.Where(s => s.CohortId == cohort && s.Date == new DateOnly(2026, 11, 25)).Select(s => s.Id).SingleAsync());
        var learner = await UserAsync(Accounts.Learner);
        var token = page.Find("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        var response = await teacher.PostAsync($"/cahier-de-textes/seances/{id}?handler=Attendance", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = "1", ["Rows[0].LearnerId"] = learner.ToString(), ["Rows[0].Status"] = "absent", ["__RequestVerificationToken"] = token ?? "",
        }));
        var refused = await response.ToPageAsync();
        Assert.Contains(refused.Errors(), e => e.StartsWith("La séance n'a pas encore eu lieu", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.SessionAttendance.AnyAsync(a => a.SessionId == id)));
    }

    [Fact]
    public async Task A_learner_reads_the_whole_cohorts_and_their_groups_sessions_only_and_never_the_teams_views()
    {
        var cohort = await CohortAsync();
        var groupB = await app.WithDbAsync(db => db.Groups.Where(g => g.CohortId == cohort && g.Name == "Groupe B").Select(g => g.Id).SingleAsync());
        var groupA = await app.WithDbAsync(db => db.Groups.Where(g => g.CohortId == cohort && g.Name == "Groupe A").Select(g => g.Id).SingleAsync());
        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync($"/cahier-de-textes/seances/{await DemoSessionAsync(cohort, new DateOnly(2026, 11, 10), 10, groupA)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/cahier-de-textes/seances/{await DemoSessionAsync(cohort, new DateOnly(2026, 11, 10), 10, groupB)}")).StatusCode);
        var week = await learner.GetPageAsync($"/promotions/{cohort}/cahier-de-textes?semaine=2026-11-09");
        Assert.DoesNotContain("publication sur les réseaux sociaux", week.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/promotions/{cohort}/realise")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/promotions/{cohort}/cahier-de-textes/seance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/promotions/{cohort}/assiduite?handler=Export&format=csv")).StatusCode);
        var mine = await learner.GetPageAsync($"/promotions/{cohort}/assiduite?apprenant={await UserAsync(Accounts.OtherLearner)}");
        Assert.Single(mine.FindAll("#attendance-table tbody tr"));
    }

    [Fact]
    public async Task Another_establishment_never_reaches_the_cahier_nor_slips_its_ids_into_a_session()
    {
        var cohort = await CohortAsync();
        var session = await DemoSessionAsync(cohort, new DateOnly(2026, 11, 2), 8);
        foreach (var email in new[] { Accounts.Other.Coordinator, Accounts.Other.Teacher, Accounts.Other.Learner })
        {
            var client = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/promotions/{cohort}/cahier-de-textes")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cahier-de-textes/seances/{session}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/promotions/{cohort}/assiduite")).StatusCode);
        }

        var count = await SessionCountAsync(cohort);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/promotions/{cohort}/cahier-de-textes/seance?date=2026-11-23");
        var response = await teacher.SubmitAsync(form, "#session-form", new()
        {
            ["Input.Content"] = "Essai", ["Input.TeacherIds"] = (await UserAsync(Accounts.Other.Teacher)).ToString(),
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(count, await SessionCountAsync(cohort));
    }
}
