using System.ComponentModel.DataAnnotations;
using Sillage.Domain.Teaching;

namespace Sillage.Web.Pages.Cahier;

/// <summary>The session form of the cahier de textes.</summary>
public sealed class SessionInput
{
    [Display(Name = "Date")]
    [DataType(DataType.Date)]
    public DateOnly? Date { get; set; }

    [Display(Name = "Début")]
    [DataType(DataType.Time)]
    public TimeOnly? Start { get; set; }

    [Display(Name = "Durée (minutes)")]
    public int? Duration { get; set; }

    [Display(Name = "Pour")]
    public Guid? GroupId { get; set; }

    [Display(Name = "Type de séance")]
    public SessionKind Kind { get; set; } = SessionKind.Class;

    [Display(Name = "Séance en anglais (pratique de l'anglais)")]
    public bool InEnglish { get; set; }

    public List<Guid> TeacherIds { get; set; } = [];
    public List<Guid> ElementIds { get; set; } = [];

    [Display(Name = "Situation professionnelle")]
    public Guid? SituationId { get; set; }

    [Display(Name = "Mission")]
    public Guid? MissionId { get; set; }

    [Display(Name = "Contenu de la séance")]
    public string? Content { get; set; }

    [Display(Name = "Travail à faire")]
    public string? Homework { get; set; }

    [Display(Name = "Intervenant extérieur (nom, organisation)")]
    public string? Speaker { get; set; }

    public int Version { get; set; }

    public static SessionInput From(ClassSession s) => new()
    {
        Date = s.Date, Start = s.Start, Duration = s.DurationMinutes, GroupId = s.GroupId, Kind = s.Kind, InEnglish = s.InEnglish,
        TeacherIds = s.Teachers.Select(t => t.TeacherId).ToList(), ElementIds = s.Elements.Select(e => e.ElementId).ToList(),
        SituationId = s.SituationId, MissionId = s.MissionId, Content = s.Content, Homework = s.Homework, Speaker = s.Speaker, Version = s.Version,
    };

    public void ApplyTo(ClassSession s)
    {
        s.Date = Date!.Value;
        s.Start = Start!.Value;
        s.DurationMinutes = Duration!.Value;
        s.GroupId = GroupId;
        s.Kind = Kind;
        s.InEnglish = InEnglish;
        s.SituationId = SituationId;
        s.MissionId = SituationId is null ? null : MissionId;
        s.Content = Content!.Trim();
        s.Homework = string.IsNullOrWhiteSpace(Homework) ? null : Homework.Trim();
        s.Speaker = Kind == SessionKind.Speaker ? Speaker!.Trim() : null;
        s.Teachers.RemoveAll(t => !TeacherIds.Contains(t.TeacherId));
        s.Teachers.AddRange(TeacherIds.Distinct().Where(id => s.Teachers.All(t => t.TeacherId != id)).Select(id => new ClassSessionTeacher { SessionId = s.Id, TeacherId = id }));
        s.Elements.RemoveAll(e => !ElementIds.Contains(e.ElementId));
        s.Elements.AddRange(ElementIds.Distinct().Where(id => s.Elements.All(e => e.ElementId != id)).Select(id => new ClassSessionElement { SessionId = s.Id, ElementId = id }));
    }
}
