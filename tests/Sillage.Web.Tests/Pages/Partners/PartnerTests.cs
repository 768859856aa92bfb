using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;

namespace Sillage.Web.Tests.Pages.Partners;

/// <summary>The partner directory: structures with checked SIRET, duplicates, contacts and actions, CSV import.</summary>
public sealed class PartnerTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<int> CountAsync() => app.WithDbAsync(db => db.HostOrganisations.CountAsync());

    [Fact]
    public async Task A_bad_siret_is_refused_in_french_and_nothing_is_created()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/partenaires/nouveau");
        var before = await CountAsync();

        var answer = await (await referent.SubmitAsync(form, "main form", new()
        {
            ["Input.Name"] = "Boulangerie Numérique",
            ["Input.Siret"] = "123 456 789 00008",
        })).ToPageAsync();

        Assert.Contains("SIRET « 123 456 789 00008 » invalide : la clé de contrôle ne correspond pas (erreur de frappe ?).", answer.Errors());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_manager_adds_a_structure_with_its_first_contact()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/partenaires/nouveau");

        var detail = await referent.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.Name"] = "Fablab des Pentes",
            ["Input.Siret"] = "999 000 007 00016",
            ["Input.Kind"] = nameof(HostKind.Association),
            ["Input.PostalCode"] = "69001",
            ["Input.City"] = "Lyon",
            ["Contact.LastName"] = "Perrin",
            ["Contact.FirstName"] = "Agathe",
            ["Contact.Email"] = "agathe.perrin@fablab.example",
        });

        Assert.Contains("Structure « Fablab des Pentes » ajoutée à l'annuaire.", detail.Text, StringComparison.Ordinal);
        Assert.Contains("999 000 007 00016", detail.Text, StringComparison.Ordinal);
        Assert.Contains("Agathe Perrin", detail.Text, StringComparison.Ordinal);
        var host = await app.WithDbAsync(db => db.HostOrganisations.SingleAsync(h => h.Name == "Fablab des Pentes"));
        Assert.Equal("fablab pentes", host.NormalizedName);
        Assert.Equal("99900000700016", host.Siret);
    }

    [Fact]
    public async Task The_siret_of_a_structure_already_in_the_directory_is_refused()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/partenaires/nouveau");

        var answer = await (await referent.SubmitAsync(form, "main form", new() { ["Input.Name"] = "Lemoine", ["Input.Siret"] = "99900000100019" })).ToPageAsync();

        Assert.Contains("« Cabinet Lemoine Conseil » a déjà le SIRET 999 000 001 00019.", answer.Errors());
    }

    [Fact]
    public async Task A_name_already_in_the_directory_asks_for_confirmation()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/partenaires/nouveau");
        var before = await CountAsync();

        var warned = await (await referent.SubmitAsync(form, "main form", new() { ["Input.Name"] = "SARL Imprimerie DUVAL et fils", ["Input.City"] = "Lyon" })).ToPageAsync();
        Assert.Contains(warned.Errors(), e => e.StartsWith("Une structure porte déjà ce nom", StringComparison.Ordinal));
        Assert.Contains("Imprimerie Duval & Fils", warned.Find(".alert-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        await referent.SubmitAndFollowAsync(warned, "main form", new() { ["ConfirmDuplicate"] = "true" });
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task An_edit_made_on_a_stale_form_does_not_overwrite_the_other()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var id = await app.WithDbAsync(db => db.HostOrganisations.Where(h => h.Name == "Agence Pixel & Sens").Select(h => h.Id).SingleAsync());
        var first = await referent.GetPageAsync($"/partenaires/{id}/modifier");
        var second = await referent.GetPageAsync($"/partenaires/{id}/modifier");
        await referent.SubmitAsync(first, "main form", new() { ["Input.Sector"] = "Agence web et design" });

        var stale = await (await referent.SubmitAsync(second, "main form", new() { ["Input.Sector"] = "Autre secteur" })).ToPageAsync();

        Assert.Contains(stale.Errors(), e => e.StartsWith("Cette structure a été modifiée par quelqu'un d'autre", StringComparison.Ordinal));
        Assert.Equal("Agence web et design", await app.WithDbAsync(db => db.HostOrganisations.Where(h => h.Id == id).Select(h => h.Sector).SingleAsync()));
    }

    [Fact]
    public async Task A_teacher_reads_the_directory_but_cannot_change_it()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var id = await app.WithDbAsync(db => db.HostOrganisations.Where(h => h.Name == "Cabinet Lemoine Conseil").Select(h => h.Id).SingleAsync());

        var directory = await teacher.GetPageAsync("/partenaires?q=lemoine");
        Assert.Contains("Cabinet Lemoine Conseil", directory.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mairie de Ville-Fictive", directory.Text, StringComparison.Ordinal);
        var detail = await teacher.GetPageAsync($"/partenaires/{id}");
        Assert.Contains("Julien Morel", detail.Text, StringComparison.Ordinal);
        Assert.Null(detail.Find("form[action*='handler=Contact']"));

        var token = detail.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await teacher.PostAsync($"/partenaires/{id}?handler=Contact",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["NewContact.LastName"] = "X", ["NewContact.FirstName"] = "Y", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_tutor_contact_cannot_be_removed_while_a_period_names_them()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var id = await app.WithDbAsync(db => db.HostOrganisations.Where(h => h.Name == "Cabinet Lemoine Conseil").Select(h => h.Id).SingleAsync());
        var detail = await referent.GetPageAsync($"/partenaires/{id}");
        var julien = await app.WithDbAsync(db => db.HostContacts.Where(c => c.LastName == "Morel").Select(c => c.Id).SingleAsync());

        var answer = await (await referent.SubmitAsync(detail, $"form[action*='contactId={julien}']")).ToPageAsync();

        Assert.Contains("Ce contact est le tuteur d'une période de PFMP : changez d'abord le tuteur de la période.", answer.Errors());
        Assert.True(await app.WithDbAsync(db => db.HostContacts.AnyAsync(c => c.Id == julien)));
    }

    [Fact]
    public async Task A_csv_with_a_bad_line_is_shown_line_by_line_and_nothing_is_imported()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/partenaires/importer");
        var csv = """
            Raison sociale;SIRET;Type;Effectif;Code postal;Ville;Contact nom;Contact prénom;Contact e-mail
            Librairie du Parc;999 000 008 00014;entreprise;4;69004;Lyon;Martin;Zoé;zoe.martin@librairie.example
            Club Informatique Senior;;association;;69005;Lyon;;;
            Garage Moderne;12345678900008;entreprise;12;69006;Lyon;;;
            Cabinet Lemoine;99900000100019;entreprise;;69003;Lyon;;;
            Librairie du parc;;entreprise;;69004;Lyon;;;
            Inconnue;;coopérative;;690;Lyon;;;
            """;
        var before = await CountAsync();

        var preview = await (await referent.SubmitAsync(form, "form[action*='handler=Preview']",
            files: new() { ["Upload"] = ("structures.csv", Encoding.UTF8.GetBytes(csv), "text/csv") })).ToPageAsync();

        var errors = preview.Errors();
        Assert.Contains(errors, e => e.StartsWith("SIRET « 12345678900008 » invalide", StringComparison.Ordinal));
        Assert.Contains("Déjà dans l'annuaire : « Cabinet Lemoine Conseil » a déjà le SIRET 999 000 001 00019.", errors);
        Assert.Contains(errors, e => e.StartsWith("Doublon de la ligne 2 :", StringComparison.Ordinal));
        var unknown = Assert.Single(errors, e => e.Contains("coopérative", StringComparison.Ordinal));
        Assert.Contains("Type « coopérative » inconnu : entreprise, association ou organisme public.", unknown, StringComparison.Ordinal);
        Assert.Contains("Code postal « 690 » invalide : 5 chiffres attendus.", unknown, StringComparison.Ordinal);
        Assert.Null(preview.Find("form[action*='handler=Confirm']"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_clean_csv_is_imported_whole_with_the_contacts()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/partenaires/importer");
        var csv = "nom,siret,type,taille,ville,contact nom,contact prénom,contact e-mail\n"
                  + "Atelier Vélo Solidaire,,association,TPE,Lyon,Rey,Samir,samir.rey@velo.example\n"
                  + "Communauté de communes du Val,999 000 009 00012,organisme public,PME,Val,,,\n";
        var preview = await (await referent.SubmitAsync(form, "form[action*='handler=Preview']",
            files: new() { ["Upload"] = ("structures.csv", Encoding.Latin1.GetBytes(csv), "text/csv") })).ToPageAsync();
        Assert.Contains("Windows-1252", preview.Text, StringComparison.Ordinal);
        Assert.Contains("2 structure(s) prêtes à être importées.", preview.Text, StringComparison.Ordinal);

        var directory = await referent.SubmitAndFollowAsync(preview, "form[action*='handler=Confirm']");

        Assert.Contains("2 structure(s) importée(s).", directory.Text, StringComparison.Ordinal);
        var velo = await app.WithDbAsync(db => db.HostOrganisations.Include(h => h.Contacts).SingleAsync(h => h.Name == "Atelier Vélo Solidaire"));
        Assert.Equal(HostKind.Association, velo.Kind);
        Assert.Equal(HostSize.Micro, velo.Size);
        Assert.Equal("samir.rey@velo.example", Assert.Single(velo.Contacts).Email);
    }
}
