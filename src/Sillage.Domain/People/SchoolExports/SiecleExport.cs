using System.Globalization;
using System.Xml.Linq;

namespace Sillage.Domain.People.SchoolExports;

/// <summary>
/// Reads a SIECLE pupils export (BEE_ELEVES, from ExportXML_ElevesSansAdresses.zip). Only the elements listed in
/// docs/school-imports.md are read; unknown ones are ignored and optional ones never required. The variant with
/// addresses is read the same way: its addresses are never read, so never kept. Every problem is reported with the
/// element and line it concerns; the page decides which ones block the import (those of the pupils it imports).
/// </summary>
public static class SiecleExport
{
    public const int MaxPupils = 10_000;
    public const string InactiveStructure = "Inactifs";

    public sealed record Result(
        string Uai,
        string? SchoolYear,
        bool WithAddresses,
        string EncodingName,
        IReadOnlyList<SieclePupil> Pupils,
        IReadOnlyList<Message> FileErrors)
    {
        public bool IsReadable => FileErrors.Count == 0;
    }

    public static Result Parse(byte[] content, string? fileName, DateOnly today)
    {
        var xml = SchoolXml.Read(content);
        var withAddresses = (xml.EntryName ?? fileName ?? "").Contains("AvecAdresses", StringComparison.OrdinalIgnoreCase);
        if (xml.Error is not null)
        {
            return new("", null, withAddresses, xml.EncodingName, [], [xml.Error]);
        }

        var root = xml.Document!.Root!;
        if (root.Name.LocalName != "BEE_ELEVES")
        {
            return new("", null, withAddresses, xml.EncodingName, [],
                [new Message("Ce fichier n'est pas un export SIECLE des élèves : son élément racine est « {0} » (ligne {1}), BEE_ELEVES attendu.", root.Name.LocalName, SchoolXml.Line(root))]);
        }

        var fileErrors = new List<Message>();
        var parameters = root.Element("PARAMETRES");
        var uai = Uai.Normalize(parameters is null ? "" : SchoolXml.Value(parameters, "UAJ"));
        if (uai.Length == 0)
        {
            fileErrors.Add(new Message("Élément PARAMETRES/UAJ absent : le fichier ne dit pas de quel établissement il vient."));
        }

        var schoolYear = parameters is null ? null : SchoolXml.Value(parameters, "ANNEE_SCOLAIRE") is { Length: > 0 } y ? y : null;
        var data = root.Element("DONNEES");
        var elements = data?.Element("ELEVES")?.Elements("ELEVE").ToList() ?? [];
        if (elements.Count == 0)
        {
            fileErrors.Add(new Message("Aucun élément DONNEES/ELEVES/ELEVE dans le fichier."));
        }
        else if (elements.Count > MaxPupils)
        {
            fileErrors.Add(new Message("Le fichier compte {0} élèves : {1} au plus.", elements.Count, MaxPupils));
        }

        if (fileErrors.Count > 0)
        {
            return new(uai, schoolYear, withAddresses, xml.EncodingName, [], fileErrors);
        }

        var structures = Structures(data!);
        var pupils = elements.Select(e => Read(e, structures, today)).ToList();
        return new(uai, schoolYear, withAddresses, xml.EncodingName, Duplicates(pupils), []);
    }

    private static Dictionary<string, (List<string> Divisions, List<string> Groups)> Structures(XElement data)
    {
        var byPupil = new Dictionary<string, (List<string>, List<string>)>(StringComparer.Ordinal);
        foreach (var link in data.Element("STRUCTURES")?.Elements("STRUCTURES_ELEVE") ?? [])
        {
            var id = (link.Attribute("ELEVE_ID")?.Value ?? "").Trim();
            if (!byPupil.TryGetValue(id, out var lists))
            {
                lists = ([], []);
                byPupil[id] = lists;
            }

            foreach (var structure in link.Elements("STRUCTURE"))
            {
                var code = SchoolXml.Value(structure, "CODE_STRUCTURE");
                var type = SchoolXml.Value(structure, "TYPE_STRUCTURE");
                if (code.Length == 0 || code.Equals(InactiveStructure, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var list = type == "G" ? lists.Item2 : type == "D" ? lists.Item1 : null;
                if (list is not null && !list.Contains(code))
                {
                    list.Add(code);
                }
            }
        }

        return byPupil;
    }

    private static SieclePupil Read(XElement e, Dictionary<string, (List<string> Divisions, List<string> Groups)> structures, DateOnly today)
    {
        var line = SchoolXml.Line(e);
        var id = (e.Attribute("ELEVE_ID")?.Value ?? "").Trim();
        var errors = new List<Message>();
        var where = new Message("élément ELEVE (ELEVE_ID {0}) ligne {1}", id, line);
        var ine = SchoolXml.Value(e, "ID_NATIONAL").ToUpperInvariant();
        if (ine.Length == 0)
        {
            errors.Add(new Message("{0} : INE (ID_NATIONAL) absent.", where));
        }

        var usage = SchoolXml.Value(e, "NOM_USAGE");
        var lastName = usage.Length > 0 ? usage : SchoolXml.Value(e, "NOM_DE_FAMILLE");
        var firstName = SchoolXml.Value(e, "PRENOM");
        if (lastName.Length == 0 || firstName.Length == 0)
        {
            errors.Add(new Message("{0} : nom ou prénom absent.", where));
        }
        else if (lastName.Length > PersonRules.MaxNameLength || firstName.Length > PersonRules.MaxNameLength)
        {
            errors.Add(new Message("{0} : nom ou prénom de plus de {1} caractères.", where, PersonRules.MaxNameLength));
        }

        var birthDate = Date(e, "DATE_NAISS", where, errors);
        if (SchoolXml.Value(e, "DATE_NAISS").Length == 0)
        {
            errors.Add(new Message("{0} : date de naissance (DATE_NAISS) absente.", where));
        }

        var leftOn = Date(e, "DATE_SORTIE", where, errors);
        var (divisions, groups) = structures.TryGetValue(id, out var s) ? s : ([], []);
        return new SieclePupil(line, id, ine.Length == 0 ? null : ine, lastName, firstName, birthDate,
            Optional(e, "CODE_MEF"), Optional(e, "CODE_STATUT"), leftOn, divisions, groups, errors);
    }

    private static string? Optional(XElement e, string name) => SchoolXml.Value(e, name) is { Length: > 0 } v ? v : null;

    private static DateOnly? Date(XElement e, string name, Message where, List<Message> errors)
    {
        var raw = SchoolXml.Value(e, name);
        if (raw.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new Message("{0} : date « {1} » illisible dans {2} (JJ/MM/AAAA attendu).", where, raw, name));
        return null;
    }

    /// <summary>The same INE twice, or the same person (name and birth date) under two INE: both records are refused.</summary>
    private static List<SieclePupil> Duplicates(List<SieclePupil> pupils)
    {
        var extra = pupils.Select(_ => new List<Message>()).ToList();
        var byIne = new Dictionary<string, int>(StringComparer.Ordinal);
        var byPerson = new Dictionary<(string, DateOnly), int>();
        for (var i = 0; i < pupils.Count; i++)
        {
            var p = pupils[i];
            if (p.Ine is { } ine)
            {
                if (byIne.TryGetValue(ine, out var first))
                {
                    extra[i].Add(new Message("{0} : INE {1} déjà porté par l'{2}.", p.Where, ine, pupils[first].Where));
                    extra[first].Add(new Message("{0} : INE {1} porté aussi par l'{2}.", pupils[first].Where, ine, p.Where));
                }
                else
                {
                    byIne[ine] = i;
                }
            }

            if (p.BirthDate is { } born && p.LastName.Length > 0)
            {
                var key = (TextFolding.Fold(p.LastName + " " + p.FirstName), born);
                if (byPerson.TryGetValue(key, out var first) && pupils[first].Ine != p.Ine)
                {
                    extra[i].Add(new Message("{0} : même élève que l'{1} (même nom, même date de naissance) avec un autre INE.", p.Where, pupils[first].Where));
                    extra[first].Add(new Message("{0} : même élève que l'{1} (même nom, même date de naissance) avec un autre INE.", pupils[first].Where, p.Where));
                }
                else
                {
                    byPerson.TryAdd(key, i);
                }
            }
        }

        return pupils.Select((p, i) => extra[i].Count == 0 ? p : p with { Errors = [.. p.Errors, .. extra[i]] }).ToList();
    }
}
