namespace Sillage.Domain.Situations;

/// <summary>Between a situation and its file form. Lookups (framework elements, resources, documents' content)
/// are given by the caller, which reads them from the database and the file store.</summary>
public static class SituationFileConversion
{
    /// <summary>The file form of a situation. Competences come in framework order, so that the same situation
    /// always gives the same file.</summary>
    /// <param name="elements">Code and tree rank of the framework's elements, by id.</param>
    /// <param name="resources">The library resources the situation uses, by id.</param>
    /// <param name="documentContent">The base-64 content of a document; null leaves documents out.</param>
    /// <param name="withMissionIds">True for the version history (restorable), false for exports.</param>
    public static SituationFile ToFile(Situation situation, SituationFileFramework framework, Organisations.OrganisationFile? organisation,
        IReadOnlyDictionary<Guid, (string Code, int Rank)> elements, IReadOnlyDictionary<Guid, SituationFileResource> resources,
        Func<SituationDocument, string>? documentContent, bool withMissionIds)
    {
        List<SituationFileResource>? Resources(Guid? missionId)
        {
            var list = situation.Resources.Where(r => r.MissionId == missionId && resources.ContainsKey(r.ResourceId))
                .OrderBy(r => r.SortOrder).Select(r => resources[r.ResourceId]).ToList();
            return list.Count == 0 ? null : list;
        }

        List<SituationFileDocument>? Documents(Guid? missionId)
        {
            if (documentContent is null)
            {
                return null;
            }

            var list = situation.Documents.Where(d => d.MissionId == missionId).OrderBy(d => d.SortOrder)
                .Select(d => new SituationFileDocument { Title = d.Title, FileName = d.FileName, ContentType = d.ContentType, Content = documentContent(d) })
                .ToList();
            return list.Count == 0 ? null : list;
        }

        var modalities = SituationModalities.Split(situation.Modalities).Select(SituationModalities.Code).ToList();
        return new SituationFile
        {
            Format = SituationFile.CurrentFormat,
            Title = situation.Title,
            Framework = framework,
            Organisation = organisation,
            Context = situation.Context,
            Intention = situation.Intention,
            Modalities = modalities.Count == 0 ? null : modalities,
            Restitution = situation.Restitution,
            EnglishResources = situation.EnglishResources,
            Source = situation.Source,
            Resources = Resources(null),
            Documents = Documents(null),
            Missions = situation.ActiveMissions.Select(m => new SituationFileMission
            {
                Id = withMissionIds ? m.Id : null,
                Title = m.Title,
                Description = m.Description,
                Competences = m.Competences.Where(c => elements.ContainsKey(c.ElementId))
                    .OrderBy(c => elements[c.ElementId].Rank).Select(c => elements[c.ElementId].Code).ToList(),
                Conditions = m.Conditions,
                Productions = m.Productions,
                Criteria = m.Criteria,
                Resources = Resources(m.Id),
                Documents = Documents(m.Id),
            }).ToList(),
        };
    }

    /// <summary>Copies the file's content onto a situation: its texts, and missions in the file's order. A mission
    /// of the file that carries the id of one of the situation's missions updates it (a restored version keeps its
    /// missions); the others are added; the situation's missions the file does not name are removed.</summary>
    /// <param name="elementIds">Ids of the framework's elements, by code (codes were validated).</param>
    /// <param name="resourceId">The library resource standing for a resource of the file.</param>
    public static void Apply(SituationFile file, Situation situation, IReadOnlyDictionary<string, Guid> elementIds,
        Func<SituationFileResource, Guid> resourceId, DateTime now)
    {
        situation.Title = file.Title!.Trim();
        situation.Context = Blank(file.Context);
        situation.Intention = Blank(file.Intention);
        situation.Modalities = (file.Modalities ?? []).Select(SituationModalities.FromCode).OfType<SituationModality>()
            .Aggregate(SituationModality.None, (all, m) => all | m);
        situation.Restitution = Blank(file.Restitution);
        situation.EnglishResources = Blank(file.EnglishResources);
        situation.Source = Blank(file.Source);

        var kept = new HashSet<Guid>();
        var order = 0;
        situation.Resources.RemoveAll(r => r.MissionId is null);
        foreach (var resource in file.Resources ?? [])
        {
            situation.Resources.Add(new SituationResource { SituationId = situation.Id, ResourceId = resourceId(resource), SortOrder = situation.Resources.Count });
        }

        foreach (var item in file.Missions ?? [])
        {
            var mission = item.Id is { } id ? situation.Missions.FirstOrDefault(m => m.Id == id) : null;
            if (mission is null)
            {
                mission = new Mission { SituationId = situation.Id, Title = "" };
                situation.Missions.Add(mission);
            }

            kept.Add(mission.Id);
            mission.SortOrder = ++order;
            mission.RemovedAt = null;
            mission.Title = item.Title!.Trim();
            mission.Description = Blank(item.Description);
            mission.Conditions = Blank(item.Conditions);
            mission.Productions = Blank(item.Productions);
            mission.Criteria = Blank(item.Criteria);
            mission.Competences.Clear();
            foreach (var code in (item.Competences ?? []).Distinct(StringComparer.Ordinal))
            {
                mission.Competences.Add(new MissionCompetence { MissionId = mission.Id, ElementId = elementIds[code] });
            }

            situation.Resources.RemoveAll(r => r.MissionId == mission.Id);
            foreach (var resource in item.Resources ?? [])
            {
                situation.Resources.Add(new SituationResource { SituationId = situation.Id, MissionId = mission.Id, ResourceId = resourceId(resource), SortOrder = situation.Resources.Count });
            }
        }

        foreach (var mission in situation.Missions.Where(m => !kept.Contains(m.Id) && m.RemovedAt is null))
        {
            mission.RemovedAt = now;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
