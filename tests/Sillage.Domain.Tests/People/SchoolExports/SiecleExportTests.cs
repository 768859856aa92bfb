using System.IO.Compression;
using System.Text;
using Sillage.Domain.People.SchoolExports;

namespace Sillage.Domain.Tests.People.SchoolExports;

public sealed class SiecleExportTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    static SiecleExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Pupil(string id, string? ine, string name, string first, string born, string? left = null) =>
        $"<ELEVE ELEVE_ID=\"{id}\">" + (ine is null ? "" : $"<ID_NATIONAL>{ine}</ID_NATIONAL>") +
        $"<NOM_DE_FAMILLE>{name}</NOM_DE_FAMILLE><NOM_USAGE></NOM_USAGE><PRENOM>{first}</PRENOM><DATE_NAISS>{born}</DATE_NAISS>" +
        "<CODE_MEF>27125010211</CODE_MEF><CODE_STATUT>ST</CODE_STATUT>" + (left is null ? "" : $"<DATE_SORTIE>{left}</DATE_SORTIE>") + "</ELEVE>";

    private static string File(string pupils, string structures = "", string encoding = "ISO-8859-15") =>
        $"<?xml version=\"1.0\" encoding=\"{encoding}\"?>\n<BEE_ELEVES VERSION=\"2.1\">\n<PARAMETRES><UAJ>0999001W</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE></PARAMETRES>\n" +
        $"<DONNEES>\n<ELEVES>\n{pupils}\n</ELEVES>\n<STRUCTURES>\n{structures}\n</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n";

    private static byte[] Latin9(string text) => Encoding.GetEncoding("ISO-8859-15").GetBytes(text);

    private static byte[] Zip(byte[] xml, string entry = "ElevesSansAdresses.xml")
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry(entry).Open();
            stream.Write(xml);
        }

        return buffer.ToArray();
    }

    [Fact]
    public void A_zipped_iso_8859_15_export_keeps_accents_divisions_groups_and_leavers()
    {
        var xml = File(
            Pupil("1", "123456789AB", "LEFÈVRE", "Anaïs", "07/08/2006") + "\n" + Pupil("2", "223456789AB", "ŒUVRARD", "Zoé", "01/01/2007", left: "30/11/2026"),
            "<STRUCTURES_ELEVE ELEVE_ID=\"1\"><STRUCTURE><CODE_STRUCTURE>MCSNO</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>" +
            "<STRUCTURE><CODE_STRUCTURE>SNO-G1</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>" +
            "<STRUCTURES_ELEVE ELEVE_ID=\"2\"><STRUCTURE><CODE_STRUCTURE>Inactifs</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>");
        var result = SiecleExport.Parse(Zip(Latin9(xml)), "ExportXML_ElevesSansAdresses.zip", Today);

        Assert.Empty(result.FileErrors);
        Assert.Equal("0999001W", result.Uai);
        Assert.Equal("ISO-8859-15", result.EncodingName);
        Assert.False(result.WithAddresses);
        var anais = Assert.Single(result.Pupils, p => p.PupilId == "1");
        Assert.Equal(("LEFÈVRE", "Anaïs", "123456789AB", "ST"), (anais.LastName, anais.FirstName, anais.Ine, anais.Status));
        Assert.Equal(["MCSNO"], anais.Divisions);
        Assert.Equal(["SNO-G1"], anais.Groups);
        var zoe = Assert.Single(result.Pupils, p => p.PupilId == "2");
        Assert.Equal("ŒUVRARD", zoe.LastName);
        Assert.Empty(zoe.Divisions);
        Assert.True(zoe.HasLeft(Today));
        Assert.False(anais.HasLeft(Today));
    }

    [Fact]
    public void The_same_ine_twice_and_one_pupil_under_two_ine_are_reported_on_both_records()
    {
        var xml = File(string.Join("\n",
            Pupil("1", "111", "MARTIN", "Alice", "05/05/2007"),
            Pupil("2", "111", "SIMON", "David", "05/05/2007"),
            Pupil("3", "333", "LEROY", "Chloé", "01/02/2007"),
            Pupil("4", "444", "Leroy", "Chloe", "01/02/2007"),
            Pupil("5", null, "PETIT", "Noé", "01/02/2007")));
        var result = SiecleExport.Parse(Latin9(xml), "ElevesSansAdresses.xml", Today);

        var errors = result.Pupils.ToDictionary(p => p.PupilId, p => string.Join(" | ", p.Errors));
        Assert.Contains("INE 111 déjà porté par l'élément ELEVE (ELEVE_ID 1) ligne 6", errors["2"], StringComparison.Ordinal);
        Assert.Contains("INE 111 porté aussi par l'élément ELEVE (ELEVE_ID 2) ligne 7", errors["1"], StringComparison.Ordinal);
        Assert.Contains("même élève que l'élément ELEVE (ELEVE_ID 3)", errors["4"], StringComparison.Ordinal);
        Assert.Contains("même élève que l'élément ELEVE (ELEVE_ID 4)", errors["3"], StringComparison.Ordinal);
        Assert.Equal("élément ELEVE (ELEVE_ID 5) ligne 10 : INE (ID_NATIONAL) absent.", errors["5"]);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><STS_EDT/>", "n'est pas un export SIECLE des élèves : son élément racine est « STS_EDT »")]
    [InlineData("<?xml version=\"1.0\" encoding=\"X-UNKNOWN-9\"?><BEE_ELEVES/>", "Encodage « X-UNKNOWN-9 » déclaré par le fichier inconnu.")]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><BEE_ELEVES><DONNEES><ELEVES><ELEVE", "n'est pas un XML valide (ligne 1")]
    public void A_file_that_is_not_a_readable_siecle_export_is_refused_with_a_clear_message(string xml, string expected)
    {
        var result = SiecleExport.Parse(Encoding.UTF8.GetBytes(xml), "ElevesSansAdresses.xml", Today);
        Assert.Contains(expected, Assert.Single(result.FileErrors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_declaring_iso_8859_15_but_saved_in_utf_8_is_refused()
    {
        var result = SiecleExport.Parse(Encoding.UTF8.GetBytes(File(Pupil("1", "1", "LEFÈVRE", "Anaïs", "07/08/2006"))), null, Today);
        Assert.Contains("déclare l'encodage ISO-8859-15 mais son contenu est en UTF-8", Assert.Single(result.FileErrors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_encoding_that_is_not_utf_8_is_refused_with_its_line()
    {
        var xml = File(Pupil("1", "1", "LEFÈVRE", "Anaïs", "07/08/2006")).Replace(" encoding=\"ISO-8859-15\"", "", StringComparison.Ordinal);
        var result = SiecleExport.Parse(Latin9(xml), null, Today);
        Assert.Equal("Le fichier ne déclare pas son encodage et n'est pas en UTF-8 (ligne 6) : utilisez l'export tel que téléchargé.", Assert.Single(result.FileErrors).ToString());
    }

    [Fact]
    public void A_truncated_zip_is_refused()
    {
        var zip = Zip(Latin9(File(Pupil("1", "1", "A", "B", "07/08/2006"))));
        var result = SiecleExport.Parse(zip[..(zip.Length / 2)], "ExportXML_ElevesSansAdresses.zip", Today);
        Assert.Equal("L'archive zip est tronquée ou illisible : téléchargez de nouveau l'export.", Assert.Single(result.FileErrors).ToString());
    }

    [Fact]
    public void The_export_with_addresses_is_read_and_flagged()
    {
        var result = SiecleExport.Parse(Zip(Latin9(File(Pupil("1", "1", "A", "B", "07/08/2006"))), "ElevesAvecAdresses.xml"), "x.zip", Today);
        Assert.Empty(result.FileErrors);
        Assert.True(result.WithAddresses);
    }
}
