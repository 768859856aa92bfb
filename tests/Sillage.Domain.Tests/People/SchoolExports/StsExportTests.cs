using System.Text;
using Sillage.Domain.People.SchoolExports;

namespace Sillage.Domain.Tests.People.SchoolExports;

public sealed class StsExportTests
{
    private const string Sts = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <STS_EDT>
          <PARAMETRES><UAJ CODE="0999001W"/></PARAMETRES>
          <NOMENCLATURES><MATIERES><MATIERE CODE="040100"><LIBELLE_COURT>ÉCO-GESTION</LIBELLE_COURT></MATIERE></MATIERES></NOMENCLATURES>
          <DONNEES>
            <STRUCTURE><DIVISIONS>
              <DIVISION CODE="MCSNO"><SERVICES>
                <SERVICE CODE_MATIERE="040100"><ENSEIGNANTS><ENSEIGNANT ID="11" TYPE="epp"/><ENSEIGNANT ID="99"/></ENSEIGNANTS></SERVICE>
                <SERVICE CODE_MATIERE="030201"><ENSEIGNANTS><ENSEIGNANT ID="12"/></ENSEIGNANTS></SERVICE>
              </SERVICES></DIVISION>
            </DIVISIONS></STRUCTURE>
            <INDIVIDUS>
              <INDIVIDU ID="11" TYPE="epp"><NOM_USAGE>GÉRARD</NOM_USAGE><PRENOM>Hélène</PRENOM><FONCTION>ENS</FONCTION></INDIVIDU>
              <INDIVIDU ID="12" TYPE="epp"><NOM_USAGE>SMITH</NOM_USAGE><PRENOM>Jo</PRENOM><FONCTION>ENS</FONCTION></INDIVIDU>
              <INDIVIDU ID="99" TYPE="epp"><NOM_USAGE>CHEF</NOM_USAGE><PRENOM>Paul</PRENOM><FONCTION>DIR</FONCTION></INDIVIDU>
            </INDIVIDUS>
          </DONNEES>
        </STS_EDT>
        """;

    static StsExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Teachers_and_their_services_are_read_from_an_iso_8859_1_file()
    {
        var result = StsExport.Parse(Encoding.Latin1.GetBytes(Sts));
        Assert.Empty(result.FileErrors);
        Assert.Equal("0999001W", result.Uai);
        Assert.Equal(["GÉRARD Hélène", "SMITH Jo"], result.Teachers.Select(t => $"{t.LastName} {t.FirstName}").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["MCSNO 030201 12", "MCSNO ÉCO-GESTION 11"],
            result.Services.Select(s => $"{s.Division} {s.Subject} {string.Join(",", s.TeacherIds)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_siecle_file_is_recognised_as_such()
    {
        var result = StsExport.Parse(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<BEE_ELEVES/>"));
        Assert.True(result.IsSiecleExport);
        Assert.Contains("export SIECLE des élèves (élément racine BEE_ELEVES, ligne 2), pas un export STS-web", Assert.Single(result.FileErrors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_xml_is_not_an_sts_export()
    {
        var result = StsExport.Parse(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<EDT/>"));
        Assert.False(result.IsSiecleExport);
        Assert.Contains("n'est pas un export STS-web : son élément racine est « EDT » (ligne 2)", Assert.Single(result.FileErrors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_functions_are_counted_and_a_service_naming_no_individu_of_the_file_is_an_error()
    {
        Assert.Equal(1, StsExport.Parse(Encoding.Latin1.GetBytes(Sts)).OtherStaff);

        var result = StsExport.Parse(Encoding.Latin1.GetBytes(Sts.Replace("<ENSEIGNANT ID=\"12\"/>", "<ENSEIGNANT ID=\"77\"/>", StringComparison.Ordinal)));
        Assert.Equal(
            "Élément ENSEIGNANT ligne 9 (division MCSNO, matière 030201) : l'ID 77 ne désigne aucun INDIVIDU du fichier.",
            Assert.Single(result.FileErrors).ToString());
    }

    [Fact]
    public void The_same_id_twice_is_an_error_of_both_teachers_lines()
    {
        var result = StsExport.Parse(Encoding.Latin1.GetBytes(Sts.Replace("<INDIVIDU ID=\"12\"", "<INDIVIDU ID=\"11\"", StringComparison.Ordinal)));
        var twice = Assert.Single(result.Teachers, t => !t.IsValid);
        Assert.Equal("Élément INDIVIDU ligne 14 : ID 11 déjà porté par l'INDIVIDU ligne 13.", Assert.Single(twice.Errors).ToString());
    }
}
