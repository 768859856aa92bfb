using System.Xml.Linq;

namespace Sillage.Domain.People.SchoolExports;

/// <summary>
/// Reads an STS-web staff export (STS_EDT, sts_emp_&lt;UAI&gt;_&lt;year&gt;.xml): the teachers (INDIVIDU with FONCTION
/// ENS) and the services taught in each division. Read defensively, as docs/school-imports.md says: a division is a
/// DIVISION element with a CODE, its services are SERVICE elements inside it with a CODE_MATIERE, and their teachers
/// are the elements inside a service whose ID attribute names an INDIVIDU; anything else is ignored.
/// </summary>
public static class StsExport
{
    public const int MaxTeachers = 2_000;

    public sealed record Result(string Uai, string EncodingName, IReadOnlyList<StsTeacher> Teachers, IReadOnlyList<StsService> Services, IReadOnlyList<Message> FileErrors)
    {
        public bool IsReadable => FileErrors.Count == 0;

        /// <summary>The file is a SIECLE pupils export (BEE_ELEVES) given to the STS-web import: the page links the right one.</summary>
        public bool IsSiecleExport { get; init; }

        /// <summary>INDIVIDU elements of another FONCTION than ENS (skipped, counted).</summary>
        public int OtherStaff { get; init; }
    }

    public static Result Parse(byte[] content)
    {
        var xml = SchoolXml.Read(content);
        if (xml.Error is not null)
        {
            return new("", xml.EncodingName, [], [], [xml.Error]);
        }

        var root = xml.Document!.Root!;
        if (root.Name.LocalName == "BEE_ELEVES")
        {
            return new("", xml.EncodingName, [], [],
                [new Message("Ce fichier est un export SIECLE des élèves (élément racine BEE_ELEVES, ligne {0}), pas un export STS-web : importez-le depuis la page « Importer l'export SIECLE ».", SchoolXml.Line(root))])
            {
                IsSiecleExport = true,
            };
        }

        if (root.Name.LocalName != "STS_EDT")
        {
            return new("", xml.EncodingName, [], [],
                [new Message("Ce fichier n'est pas un export STS-web : son élément racine est « {0} » (ligne {1}), STS_EDT attendu.", root.Name.LocalName, SchoolXml.Line(root))]);
        }

        // UAJ carries the code as text or, in some versions, in a CODE attribute.
        var uaj = root.Element("PARAMETRES")?.Element("UAJ");
        var uai = Uai.Normalize(uaj?.Attribute("CODE")?.Value is { Length: > 0 } code ? code : uaj?.Value ?? "");
        var fileErrors = new List<Message>();
        if (uai.Length == 0)
        {
            fileErrors.Add(new Message("Élément PARAMETRES/UAJ absent : le fichier ne dit pas de quel établissement il vient."));
        }

        var teachers = Teachers(root);
        if (teachers.Count == 0)
        {
            fileErrors.Add(new Message("Aucun enseignant (INDIVIDU de FONCTION ENS) dans le fichier."));
        }
        else if (teachers.Count > MaxTeachers)
        {
            fileErrors.Add(new Message("Le fichier compte {0} enseignants : {1} au plus.", teachers.Count, MaxTeachers));
        }

        if (fileErrors.Count > 0)
        {
            return new(uai, xml.EncodingName, [], [], fileErrors);
        }

        var ids = teachers.Select(t => t.StsId).ToHashSet(StringComparer.Ordinal);
        var everyone = root.Descendants("INDIVIDU").Select(e => (e.Attribute("ID")?.Value ?? "").Trim()).ToHashSet(StringComparer.Ordinal);
        var others = root.Descendants("INDIVIDU").Count(e => !SchoolXml.Value(e, "FONCTION").Equals("ENS", StringComparison.OrdinalIgnoreCase));
        var services = Services(root, ids, everyone, fileErrors);
        return new(uai, xml.EncodingName, teachers, services, fileErrors) { OtherStaff = others };
    }

    private static List<StsTeacher> Teachers(XElement root)
    {
        var teachers = new List<StsTeacher>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in root.Descendants("INDIVIDU"))
        {
            if (!SchoolXml.Value(e, "FONCTION").Equals("ENS", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var line = SchoolXml.Line(e);
            var id = (e.Attribute("ID")?.Value ?? "").Trim();
            var lastName = SchoolXml.Value(e, "NOM_USAGE");
            var firstName = SchoolXml.Value(e, "PRENOM");
            var errors = new List<Message>();
            if (id.Length == 0)
            {
                errors.Add(new Message("Élément INDIVIDU ligne {0} : attribut ID absent.", line));
            }
            else if (seen.TryGetValue(id, out var first))
            {
                errors.Add(new Message("Élément INDIVIDU ligne {0} : ID {1} déjà porté par l'INDIVIDU ligne {2}.", line, id, first));
            }
            else
            {
                seen[id] = line;
            }

            if (lastName.Length == 0 || firstName.Length == 0)
            {
                errors.Add(new Message("Élément INDIVIDU ligne {0} : nom (NOM_USAGE) ou prénom (PRENOM) absent.", line));
            }
            else if (lastName.Length > PersonRules.MaxNameLength || firstName.Length > PersonRules.MaxNameLength)
            {
                errors.Add(new Message("Élément INDIVIDU ligne {0} : nom ou prénom de plus de {1} caractères.", line, PersonRules.MaxNameLength));
            }

            teachers.Add(new StsTeacher(line, id, lastName, firstName, errors));
        }

        return teachers;
    }

    /// <summary>The services of each division; a teacher reference naming no INDIVIDU of the file is an error of the file.</summary>
    private static List<StsService> Services(XElement root, HashSet<string> teacherIds, HashSet<string> everyone, List<Message> errors)
    {
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in root.Descendants("MATIERE"))
        {
            var code = (m.Attribute("CODE")?.Value ?? "").Trim();
            var label = new[] { "LIBELLE_COURT", "LIBELLE_LONG", "LIBELLE_EDITION" }.Select(n => SchoolXml.Value(m, n)).FirstOrDefault(v => v.Length > 0);
            if (code.Length > 0 && label is not null)
            {
                subjects.TryAdd(code, label);
            }
        }

        var services = new List<StsService>();
        foreach (var division in root.Descendants("DIVISION"))
        {
            var divisionCode = SchoolXml.Value(division, "CODE");
            if (divisionCode.Length == 0)
            {
                continue;
            }

            foreach (var service in division.Descendants("SERVICE"))
            {
                var subjectCode = SchoolXml.Value(service, "CODE_MATIERE");
                foreach (var unknown in service.Descendants().Where(t => t.Attribute("ID") is { } id && !everyone.Contains(id.Value.Trim())))
                {
                    errors.Add(new Message("Élément {0} ligne {1} (division {2}, matière {3}) : l'ID {4} ne désigne aucun INDIVIDU du fichier.",
                        unknown.Name.LocalName, SchoolXml.Line(unknown), divisionCode, subjectCode, unknown.Attribute("ID")!.Value.Trim()));
                }

                var teachers = service.Descendants()
                    .Select(t => (t.Attribute("ID")?.Value ?? "").Trim())
                    .Where(teacherIds.Contains).Distinct().ToList();
                if (teachers.Count > 0)
                {
                    services.Add(new StsService(divisionCode, subjectCode, subjects.GetValueOrDefault(subjectCode, subjectCode), teachers));
                }
            }
        }

        return services;
    }
}
