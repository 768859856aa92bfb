using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>Absences as the tutor and the school record them: a day or a run of days, with a reason.</summary>
public sealed class AbsenceInput
{
    [Display(Name = "Du")]
    [DataType(DataType.Date)]
    public DateOnly? From { get; set; }

    [Display(Name = "Au (inclus)")]
    [DataType(DataType.Date)]
    public DateOnly? To { get; set; }

    [Display(Name = "Motif")]
    public string? Reason { get; set; }

    [Display(Name = "Absence justifiée")]
    public bool Justified { get; set; }

    /// <summary>Records the absences on the period (already checked reachable by the caller). Returns the broken rule, or null once saved.</summary>
    public async Task<Message?> RecordAsync(SillageDb db, Guid periodId, Guid recordedBy, DateTime now)
    {
        if (From is null)
        {
            return new Message("Saisissez le jour d'absence (ou le premier jour).");
        }

        if (Reason is { Length: > 300 })
        {
            return new Message("Le motif dépasse {0} caractères.", 300);
        }

        var period = await db.PfmpPeriods.Include(p => p.Convention).Include(p => p.Absences).SingleAsync(p => p.Id == periodId);
        var error = period.RecordAbsences(From.Value, To ?? From.Value, Reason, Justified, recordedBy, now);
        if (error is null)
        {
            await db.SaveChangesAsync();
        }

        return error;
    }

    public static Task<int> DeleteAsync(SillageDb db, Guid periodId, Guid absenceId) =>
        db.PfmpAbsences.Where(a => a.Id == absenceId && a.PeriodId == periodId).ExecuteDeleteAsync();
}
