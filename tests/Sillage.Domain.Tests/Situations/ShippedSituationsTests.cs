using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Resources;
using Sillage.Domain.Situations;

namespace Sillage.Domain.Tests.Situations;

/// <summary>The five VosRêves situations of the guide (section 3.4), as shipped in data/situations: they validate
/// against the shipped MC SNO framework and keep the guide's missions and competences.</summary>
public sealed class ShippedSituationsTests
{
    private static SituationFile Bundle()
    {
        var (file, problems) = SituationFileReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "situations", "vosreves-situations.json")));
        Assert.Empty(problems);
        return file!;
    }

    private static IReadOnlySet<string> McSnoCodes()
    {
        var (framework, _) = FrameworkFileReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "frameworks", "mc-sno-2020.json")));
        return framework!.ElementCodes();
    }

    [Fact]
    public void The_bundle_validates_against_the_mc_sno_framework()
    {
        var codes = McSnoCodes();
        Assert.Empty(SituationFileValidator.Validate(Bundle(), f => f.Code == "mc-sno" && f.Version == "2020" ? codes : null, (_, _) => new Message("aucun document attendu")));
    }

    [Fact]
    public void The_five_situations_have_the_guides_missions_in_order()
    {
        var situations = Bundle().Items;
        Assert.Equal(["vosreves-situation-1", "vosreves-situation-2", "vosreves-situation-3", "vosreves-situation-4", "vosreves-situation-5"],
            situations.Select(s => s.Code));
        Assert.Equal([2, 4, 1, 3, 3], situations.Select(s => s.Missions!.Count));
        Assert.Equal("Publier la nouvelle offre commerciale sur le site Web de l'agence de voyage", situations[0].Missions![0].Title);
        Assert.Equal("Installer et configurer l'accès à distance aux ressources numériques de l'entreprise", situations[1].Missions![2].Title);
        Assert.Equal("Concevoir un support de formation à destination des salariés", situations[2].Missions![0].Title);
        Assert.Equal("Favoriser l'appropriation de l'application de gestion des congés", situations[3].Missions![2].Title);
        Assert.Equal("Mettre à jour le registre des activités de traitement", situations[4].Missions![2].Title);
        Assert.All(situations, s => Assert.Equal("vosreves", s.Organisation!.Code));
    }

    [Theory]
    [InlineData(0, 0, "C1.1.1 C1.1.2 C1.1.3 C1.1.4 C1.3.3")]
    [InlineData(0, 1, "C1.2.1 C1.2.2")]
    [InlineData(1, 0, "C2.1.1")]
    [InlineData(1, 1, "C2.1.2 C2.3.2")]
    [InlineData(1, 2, "C2.3.1 C2.3.2 C2.2.1 C2.2.2")]
    [InlineData(1, 3, "C2.2.1 C2.2.2 C2.3.1 C2.3.2")]
    [InlineData(2, 0, "C3.2.1 C3.3.1")]
    [InlineData(3, 0, "C1.3.1 C1.3.2 C1.3.3 C1.3.4")]
    [InlineData(3, 1, "C2.1.1 C2.1.2 C2.3.2")]
    [InlineData(3, 2, "C3.1.1 C3.1.2")]
    [InlineData(4, 0, "C3.1.3")]
    [InlineData(4, 1, "C2.3.2")]
    [InlineData(4, 2, "C1.3.3 C3.2.2")]
    public void Each_mission_links_the_detailed_competences_of_the_guides_table(int situation, int mission, string codes) =>
        Assert.Equal(codes, string.Join(' ', Bundle().Items[situation].Missions![mission].Competences!));

    [Fact]
    public void Contexts_are_the_guides_text()
    {
        var situations = Bundle().Items;
        Assert.StartsWith("La société VosRêves souhaite développer une nouvelle de gamme de produits", situations[0].Context, StringComparison.Ordinal);
        Assert.Contains("La banque de VosRêves propose Mecanet (service BNP) mais la direction aimerait comparer diverses offres.", situations[4].Context, StringComparison.Ordinal);
        Assert.Contains("- Les informations sont saisies plusieurs fois", situations[3].Context, StringComparison.Ordinal);
        Assert.Contains("Restitution orale des travaux réalisés à l'aide d'un support de présentation numérique, lors d'une réunion de direction",
            situations[3].Missions![2].Productions, StringComparison.Ordinal);
    }

    [Fact]
    public void Situation_resources_are_those_of_the_shipped_library()
    {
        var (library, _) = (System.Text.Json.JsonSerializer.Deserialize<ResourceFile>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "resources", "guide-mc-sno.json")), SituationFileReader.Options), 0);
        var byCode = library!.Resources!.ToDictionary(r => r.Code!);
        foreach (var resource in Bundle().Items.SelectMany(s => s.Resources ?? []))
        {
            Assert.Equal(byCode[resource.Code!].Url, resource.Url);
            Assert.Equal(byCode[resource.Code!].Title, resource.Title);
        }

        var codes = McSnoCodes();
        Assert.All(library.Resources!.SelectMany(r => r.Competences ?? []), c => Assert.Contains(c["mc-sno:".Length..], codes));
        Assert.All(library.Resources!, r => Assert.Null(Resource.CheckUrl(r.Url)));
    }
}
