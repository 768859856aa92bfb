using Sillage.Domain.Frameworks;
using Sillage.Domain.Situations;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// A situation as the pages show it, built from its file form — the same for the current version and for any
/// version of the history. Each mission's competences are grouped as in the guide's tables: bloc → compétence →
/// compétences détaillées.
/// </summary>
public sealed class SituationDisplay
{
    private SituationDisplay(SituationFile file, IReadOnlyList<MissionDisplay> missions)
    {
        File = file;
        Missions = missions;
    }

    public SituationFile File { get; }
    public IReadOnlyList<MissionDisplay> Missions { get; }

    public static SituationDisplay Build(SituationFile file, IReadOnlyList<FrameworkOutline.Element> elements)
    {
        var byCode = elements.GroupBy(e => e.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byId = elements.ToDictionary(e => e.Id);
        var missions = (file.Missions ?? []).Select((m, i) => new MissionDisplay(i + 1, m,
            Group((m.Competences ?? []).Where(byCode.ContainsKey).Select(c => byCode[c]).ToList(), byId))).ToList();
        return new SituationDisplay(file, missions);
    }

    private static List<BlockGroup> Group(IReadOnlyList<FrameworkOutline.Element> linked, IReadOnlyDictionary<Guid, FrameworkOutline.Element> byId)
    {
        FrameworkOutline.Element? Up(FrameworkOutline.Element node, ElementKind kind)
        {
            for (var current = node; current is not null; current = current.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
            {
                if (current.Kind == kind)
                {
                    return current;
                }
            }

            return null;
        }

        var ids = linked.Select(l => l.Id).ToHashSet();
        var order = byId.Values.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return linked.Select(l => Up(l, ElementKind.Block)).OfType<FrameworkOutline.Element>().DistinctBy(b => b.Id).OrderBy(b => order[b.Id])
            .Select(block => new BlockGroup(block, ids.Contains(block.Id),
                linked.Where(l => l.Kind != ElementKind.Block && Up(l, ElementKind.Block)?.Id == block.Id)
                    .Select(l => Up(l, ElementKind.Competence)).OfType<FrameworkOutline.Element>().DistinctBy(c => c.Id).OrderBy(c => order[c.Id])
                    .Select(competence => new CompetenceGroup(competence, ids.Contains(competence.Id),
                        linked.Where(l => l.Kind == ElementKind.DetailedCompetence && l.ParentId == competence.Id).OrderBy(l => order[l.Id]).ToList()))
                    .ToList()))
            .ToList();
    }
}


/// <param name="Number">Mission 1, 2… in the situation's order.</param>
public sealed record MissionDisplay(int Number, SituationFileMission Mission, IReadOnlyList<BlockGroup> Blocks);

/// <param name="Whole">The mission links the whole bloc, not only some of its compétences.</param>
public sealed record BlockGroup(FrameworkOutline.Element Block, bool Whole, IReadOnlyList<CompetenceGroup> Competences);

/// <param name="Whole">The mission links the compétence itself, not only some of its compétences détaillées.</param>
public sealed record CompetenceGroup(FrameworkOutline.Element Competence, bool Whole, IReadOnlyList<FrameworkOutline.Element> Detailed);
