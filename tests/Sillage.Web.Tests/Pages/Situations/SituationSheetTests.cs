using System.Net;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Sillage.Web.Tests.Pages.Situations;

/// <summary>The printable sheets of a situation: the learner's (context, missions, documents, productions,
/// competences) for whoever may read it, the teacher's (intention, timing, evaluation points, restitution) for staff.</summary>
public sealed class SituationSheetTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> SituationAsync(string code) => app.WithDbAsync(db => db.Situations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public async Task The_teacher_sheet_gives_the_intention_the_timing_the_evaluation_points_and_the_restitution()
    {
        var s4 = await SituationAsync("vosreves-situation-4");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/situations/{s4}");
        Assert.NotNull(page.Find($"#sheets a[href='/situations/{s4}/fiche-enseignant']"));

        var text = await PdfTextAsync(await teacher.GetAsync($"/situations/{s4}/fiche-enseignant"));
        Assert.Contains("Fiche enseignant", text, StringComparison.Ordinal);
        Assert.Contains("Intention pédagogique", text, StringComparison.Ordinal);
        Assert.Contains("Conduire de bout en bout le déploiement d'un module du PGI", text, StringComparison.Ordinal);
        Assert.Contains("du 04/01/2027 au 12/02/2027", text, StringComparison.Ordinal);
        Assert.Contains("Points d'évaluation", text, StringComparison.Ordinal);
        Assert.Contains("Restitution attendue", text, StringComparison.Ordinal);
        Assert.Contains("restitution orale des travaux réalisés à l'aide d'un support de présentation numérique", text, StringComparison.Ordinal);
        Assert.Contains("Matrice des habilitations", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_learner_sheet_gives_the_context_missions_documents_and_competences_without_the_teachers_part()
    {
        var s1 = await SituationAsync("vosreves-situation-1");
        var learner = await app.SignInAsync(Accounts.Learner);
        var page = await learner.GetPageAsync($"/situations/{s1}");
        Assert.NotNull(page.Find($"#sheets a[href='/situations/{s1}/fiche-apprenant']"));
        Assert.Null(page.Find($"#sheets a[href='/situations/{s1}/fiche-enseignant']"));

        var text = await PdfTextAsync(await learner.GetAsync($"/situations/{s1}/fiche-apprenant"));
        Assert.Contains("Fiche apprenant", text, StringComparison.Ordinal);
        Assert.Contains("Contexte spécifique", text, StringComparison.Ordinal);
        Assert.Contains("Mission 1 — Publier la nouvelle offre commerciale sur le site Web de l'agence de voyage", text, StringComparison.Ordinal);
        Assert.Contains("C1.1 Participer à la mise en place", text, StringComparison.Ordinal);
        Assert.Contains("Charte graphique", text, StringComparison.Ordinal);
        Assert.Contains("Procédure de mise à jour du site Web", text, StringComparison.Ordinal);
        Assert.Contains("Le site Web de l'entreprise est mis à jour", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Intention pédagogique", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Points d'évaluation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_gets_no_teacher_sheet_and_no_sheet_of_a_situation_not_given_to_them()
    {
        var s1 = await SituationAsync("vosreves-situation-1");
        var s2 = await SituationAsync("vosreves-situation-2");
        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/situations/{s1}/fiche-enseignant")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/situations/{s2}/fiche-apprenant")).StatusCode);
        var establishment = await app.EstablishmentOfAsync(Accounts.Teacher);
        var copy = await app.WithDbAsync(db => db.Situations.Where(s => s.DuplicatedFromId == s1 && s.EstablishmentId == establishment).Select(s => s.Id).SingleAsync());
        var other = await app.SignInAsync(Accounts.Other.Teacher);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/situations/{copy}/fiche-enseignant")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/situations/{copy}/fiche-apprenant")).StatusCode);
    }
}
