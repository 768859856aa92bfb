using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Frameworks;

/// <summary>The frameworks shipped in data/frameworks: they must validate and say what the guide says.</summary>
public sealed class ShippedFrameworkTests
{
    private static FrameworkFile Load(string name)
    {
        var (file, problems) = FrameworkFileReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "frameworks", name)));
        Assert.Empty(problems);
        return file!;
    }

    private static FrameworkFile Crcn => Load("crcn-2019.json");
    private static FrameworkFile McSno => Load("mc-sno-2020.json");

    [Fact]
    public void The_crcn_has_5_domains_16_competences_and_8_levels()
    {
        var crcn = Crcn;
        Assert.Empty(FrameworkValidator.Validate(crcn, _ => null));
        Assert.Equal(5, crcn.Blocks!.Count);
        Assert.Equal(16, crcn.Blocks.Sum(b => b.Competences!.Count));
        Assert.Equal(8, crcn.Levels!.Count);
    }

    [Fact]
    public void The_mc_sno_file_validates_against_the_crcn_and_has_3_blocs_and_9_competences()
    {
        var crcn = Crcn;
        var mcSno = McSno;
        Assert.Empty(FrameworkValidator.Validate(mcSno, code => code == "crcn" ? crcn.ElementCodes() : null));
        var blocks = mcSno.Blocks!;
        Assert.Equal(["B1", "B2", "B3"], blocks.Select(b => b.Code));
        Assert.Equal(["C1.1", "C1.2", "C1.3", "C2.1", "C2.2", "C2.3", "C3.1", "C3.2", "C3.3"],
            blocks.SelectMany(b => b.Competences!).Select(c => c.Code));
        Assert.Equal(["E1", "E2", "E3"], blocks.Select(b => b.Exam));
    }

    [Fact]
    public void The_mc_sno_file_describes_its_three_ccf_epreuves_as_the_official_texts_do()
    {
        var evaluation = McSno.Evaluation!;
        Assert.Equal(12, evaluation.PfmpWeeks);
        Assert.Equal("weighted-average", evaluation.FinalMark);
        Assert.Equal(["E1 B1 6 ccf", "E2 B2 6 ccf", "E3 B3 6 ccf"],
            evaluation.Exams!.Select(e => $"{e.Code} {e.Block} {e.Coefficient} {e.Mode}"));
        var e1 = evaluation.Exams![0].Situations!;
        Assert.Equal(["E1-A oral 40", "E1-B oral "], e1.Select(s => $"{s.Code} {s.Form} {s.DurationMinutes}"));
        Assert.Equal((2, 4), (e1[0].GroupSize!.Min, e1[0].GroupSize!.Max));
        Assert.Equal(["Présentation 20 True", "Entretien 20 False"], e1[0].Parts!.Select(p => $"{p.Title} {p.Minutes} {p.AtMost}"));
        var e2 = evaluation.Exams[1];
        Assert.Equal(["pfmp-complete"], e2.Conditions);
        Assert.Equal("sans-candidat", Assert.Single(e2.Situations!).Form);
        var e3 = evaluation.Exams[2].Situations!;
        Assert.Equal(["E3-A sans-candidat", "E3-B pratique"], e3.Select(s => $"{s.Code} {s.Form}"));
        Assert.Equal([120, 20], e3[1].Parts!.Select(p => p.Minutes ?? 0));
        Assert.True(e3[1].Parts![1].AtMost);
    }

    [Fact]
    public void The_mc_sno_file_invents_no_mark_combination_and_no_ponctuel_form()
    {
        var exams = McSno.Evaluation!.Exams!;
        Assert.All(exams, e => Assert.Equal("ccf", e.Mode));
        Assert.All(exams.SelectMany(e => e.Situations!), s => Assert.Null(s.Weight));
    }

    [Fact]
    public void C2_3_has_its_two_official_detailed_competences()
    {
        var c23 = McSno.Blocks!.SelectMany(b => b.Competences!).Single(c => c.Code == "C2.3");
        Assert.Equal(
            ["Participer à la mise en place en place de procédures de sécurité numérique", "Gérer les profils utilisateur et les autorisations d'accès"],
            c23.DetailedCompetences!.Select(d => d.Title));
    }

    [Theory]
    [InlineData("C1.1", "2.1 2.2 3.1 3.2 3.3")]
    [InlineData("C1.2", "1.1 2.2 2.4 3.2 3.3 4.2")]
    [InlineData("C1.3", "2.1 2.3 3.1")]
    [InlineData("C2.1", "2.3 5.1 5.2")]
    [InlineData("C2.2", "1.2 1.3 2.1 2.3 5.2")]
    [InlineData("C2.3", "4.1 5.2")]
    [InlineData("C3.1", "1.1 1.2 2.1 2.2 3.1 3.2 3.3 5.1")]
    [InlineData("C3.2", "4.1 4.2 5.2")]
    [InlineData("C3.3", "3.1 3.3")]
    public void The_crcn_mapping_is_the_guide_section_3_5(string competence, string crcnCodes)
    {
        var mapped = McSno.Blocks!.SelectMany(b => b.Competences!).Single(c => c.Code == competence)
            .Mappings!.Where(m => m.Framework == "crcn").SelectMany(m => m.Codes!);
        Assert.Equal(crcnCodes.Split(' '), mapped);
    }

    [Fact]
    public void Every_detailed_competence_the_guide_names_in_its_situations_is_there()
    {
        var titles = McSno.Blocks!.SelectMany(b => b.Competences!).SelectMany(c => c.DetailedCompetences!).Select(d => d.Title).ToHashSet();
        string[] fromGuide =
        [
            "Recueillir les besoins de l'organisation",
            "Actualiser les informations publiées sur le site Web de l'organisation",
            "Mettre en ligne des contenus conformes à l'image de l'organisation",
            "Surveiller l'e-réputation de l'organisation",
            "Participer à la définition du cahier des charges d'un projet",
            "Organiser la documentation du projet",
            "Mobiliser des outils de gestion pour le suivi d'un projet",
            "Participer à la gestion du parc applicatif",
            "Administrer les outils et applications numériques « métier »",
            "Stocker, organiser, partager et diffuser des documents",
            "Soutenir le travail collaboratif et à distance",
            "Créer, organiser et diffuser des ressources d'accompagnement",
            "Assurer le support de premier niveau aux utilisateurs",
            "Mettre en place une veille professionnelle et technologique",
            "Former les utilisateurs aux règles d'hygiène numérique afin de concourir à la cybersécurité",
            "Adapter en langue française de la documentation technique rédigée en langue anglaise",
        ];
        Assert.All(fromGuide, title => Assert.Contains(title, titles));
    }

    [Fact]
    public void Conversion_keeps_the_tree_and_generates_item_codes()
    {
        var framework = McSno.ToFramework("{}", new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));
        var c23 = framework.Elements.Single(e => e.Code == "C2.3");
        var children = framework.Elements.Where(e => e.ParentId == c23.Id).ToList();
        Assert.Equal(2, children.Count(e => e.Kind == ElementKind.DetailedCompetence));
        Assert.Contains(children, e => e.Kind == ElementKind.Knowledge && e.Code == "C2.3-S1");
        Assert.Equal(9, framework.Elements.Count(e => e.Kind == ElementKind.Competence));
        Assert.Equal(framework.Elements.Count, framework.Elements.Select(e => e.Code).Distinct().Count());
    }
}
