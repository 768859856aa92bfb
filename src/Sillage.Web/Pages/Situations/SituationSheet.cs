using Sillage.Domain.Situations;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// What a printed situation sheet shows. The learner's: context, organisation, missions with their competences,
/// conditions and productions, the documents given. The teacher's adds the intention, the modalities, the timing
/// (the periods the situation is assigned for), each mission's evaluation points and the restitution expected.
/// </summary>
public sealed record SituationSheet(bool ForTeacher, string Title, string? Organisation, string Framework, SituationFile File,
    IReadOnlyList<MissionDisplay> Missions, IReadOnlyList<DocumentLink> Documents, IReadOnlyList<AssignmentRow> Assignments)
{
    public IEnumerable<DocumentLink> DocumentsOf(Guid? missionId) => Documents.Where(d => d.MissionId == missionId);
}
