using System.IO.Compression;
using System.Text;

namespace Sillage.Web.Tests.Pages.People;

/// <summary>SIECLE pupil exports built for the tests, shaped as docs/school-imports.md describes (ISO-8859-15, zipped).</summary>
public static class SiecleFiles
{
    public sealed record Pupil(string Id, string? Ine, string LastName, string FirstName, string Born, string Division, string? Group = null, string? Left = null, string Mef = "27125010211", string Status = "ST");

    static SiecleFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Xml(string uai, IEnumerable<Pupil> pupils)
    {
        var list = pupils.ToList();
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<BEE_ELEVES VERSION=\"2.1\">\n<PARAMETRES>\n<UAJ>").Append(uai)
            .Append("</UAJ>\n<ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>\n<HORODATAGE>01/09/2026 08:00:00</HORODATAGE>\n</PARAMETRES>\n<DONNEES>\n<ELEVES>\n");
        foreach (var p in list)
        {
            xml.Append($"<ELEVE ELEVE_ID=\"{p.Id}\" ELENOET=\"{p.Id}\">").Append(p.Ine is null ? "" : $"<ID_NATIONAL>{p.Ine}</ID_NATIONAL>")
                .Append($"<NOM_DE_FAMILLE>{p.LastName}</NOM_DE_FAMILLE><NOM_USAGE/><PRENOM>{p.FirstName}</PRENOM><PRENOM2/><DATE_NAISS>{p.Born}</DATE_NAISS>")
                .Append($"<CODE_SEXE>2</CODE_SEXE><CODE_PAYS>100</CODE_PAYS><CODE_MEF>{p.Mef}</CODE_MEF><CODE_STATUT>{p.Status}</CODE_STATUT>")
                .Append(p.Left is null ? "" : $"<DATE_SORTIE>{p.Left}</DATE_SORTIE>").Append("</ELEVE>\n");
        }

        xml.Append("</ELEVES>\n<STRUCTURES>\n");
        foreach (var p in list)
        {
            xml.Append($"<STRUCTURES_ELEVE ELEVE_ID=\"{p.Id}\"><STRUCTURE><CODE_STRUCTURE>{p.Division}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>")
                .Append(p.Group is null ? "" : $"<STRUCTURE><CODE_STRUCTURE>{p.Group}</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE>")
                .Append("</STRUCTURES_ELEVE>\n");
        }

        return xml.Append("</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n").ToString();
    }

    public static byte[] Latin9(string xml) => Encoding.GetEncoding("ISO-8859-15").GetBytes(xml);

    public static byte[] Zip(byte[] xml, string entry = "ElevesSansAdresses.xml")
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry(entry).Open();
            stream.Write(xml);
        }

        return buffer.ToArray();
    }

    public static byte[] Export(string uai, params Pupil[] pupils) => Zip(Latin9(Xml(uai, pupils)));
}
