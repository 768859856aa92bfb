using System.Text;

namespace Sillage.Web.Tests.Pages.People;

/// <summary>STS-web staff exports built for the tests, shaped as docs/school-imports.md describes (STS_EDT, ISO-8859-15).</summary>
public static class StsFiles
{
    public sealed record Individu(string Id, string LastName, string FirstName, string Function = "ENS");

    public sealed record Service(string Division, string Subject, params string[] TeacherIds);

    /// <summary>Subject codes of the nomenclature, with their short label.</summary>
    public static readonly IReadOnlyDictionary<string, string> Subjects = new Dictionary<string, string>
    {
        ["040100"] = "ÉCO-GESTION",
        ["030201"] = "ANGLAIS LV1",
    };

    public static string Xml(string uai, IEnumerable<Individu> individus, IEnumerable<Service> services)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<STS_EDT>\n<PARAMETRES><UAJ CODE=\"").Append(uai)
            .Append("\"/><ANNEE_SCOLAIRE ANNEE=\"2026\"/></PARAMETRES>\n<NOMENCLATURES><MATIERES>\n");
        foreach (var (code, label) in Subjects)
        {
            xml.Append($"<MATIERE CODE=\"{code}\"><CODE_GESTION>{code}</CODE_GESTION><LIBELLE_COURT>{label}</LIBELLE_COURT></MATIERE>\n");
        }

        xml.Append("</MATIERES></NOMENCLATURES>\n<DONNEES>\n<STRUCTURE><DIVISIONS>\n");
        foreach (var division in services.GroupBy(s => s.Division))
        {
            xml.Append($"<DIVISION CODE=\"{division.Key}\"><LIBELLE_LONG>{division.Key}</LIBELLE_LONG><SERVICES>\n");
            foreach (var s in division)
            {
                xml.Append($"<SERVICE CODE_MATIERE=\"{s.Subject}\" CODE_MOD_COURS=\"CG\"><ENSEIGNANTS>")
                    .AppendJoin("", s.TeacherIds.Select(id => $"<ENSEIGNANT ID=\"{id}\" TYPE=\"epp\"><COTISATION/></ENSEIGNANT>"))
                    .Append("</ENSEIGNANTS></SERVICE>\n");
            }

            xml.Append("</SERVICES></DIVISION>\n");
        }

        xml.Append("</DIVISIONS></STRUCTURE>\n<INDIVIDUS>\n");
        foreach (var i in individus)
        {
            xml.Append($"<INDIVIDU ID=\"{i.Id}\" TYPE=\"epp\"><SEXE>2</SEXE><CIVILITE>2</CIVILITE><NOM_USAGE>{i.LastName}</NOM_USAGE><NOM_PATRONYMIQUE>{i.LastName}</NOM_PATRONYMIQUE>")
                .Append($"<PRENOM>{i.FirstName}</PRENOM><DATE_NAISSANCE>1980-01-01</DATE_NAISSANCE><GRADE CODE=\"CERT\"/><FONCTION>{i.Function}</FONCTION></INDIVIDU>\n");
        }

        return xml.Append("</INDIVIDUS>\n</DONNEES>\n</STS_EDT>\n").ToString();
    }

    /// <summary>The export as the administration downloads it: the XML file in ISO-8859-15.</summary>
    public static byte[] Export(string uai, Individu[] individus, params Service[] services) => SiecleFiles.Latin9(Xml(uai, individus, services));
}
