using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification.Ccf;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>The French labels of the CCF's states and forms.</summary>
public static class CcfText
{
    public static string Attendance(IStringLocalizer l, CcfAttendance attendance) => l[attendance switch
    {
        CcfAttendance.Present => "Présent",
        CcfAttendance.Absent => "Absent",
        CcfAttendance.AbsentJustified => "Absence justifiée",
        CcfAttendance.Postponed => "Reporté",
        _ => "Convoqué",
    }];

    public static string Form(IStringLocalizer l, string form) => form switch
    {
        "oral" => l["Oral"],
        "sans-candidat" => l["Sans la personne candidate"],
        "pratique" => l["Pratique (production minutée)"],
        _ => form,
    };

    public static string Mode(IStringLocalizer l, string mode) => mode == "ccf" ? l["Contrôle en cours de formation"] : l["Ponctuel"];

    public static string Role(IStringLocalizer l, CcfEvaluatorRole role) => role == CcfEvaluatorRole.Teacher ? l["Enseignant"] : l["Professionnel"];
}

/// <summary>A sitting as the overview lists it (the model of the grading links' partial, <c>_CcfGradingLinks</c>).</summary>
public sealed record CcfSittingRow(Guid Id, Guid CohortId, string ExamCode, string SituationCode, bool WithCandidate, DateTime StartsAt, int DurationMinutes,
    string? Room, bool Remote, string? GroupName, IReadOnlyList<string> Evaluators, IReadOnlyList<CcfCandidateRow> Candidates);

public sealed record CcfCandidateRow(Guid Id, Guid LearnerId, string Name, CcfAttendance Attendance, int ExtraTimePercent, string? Accommodation, DateTime EndsAt, DateTime? ConvokedAt);
