using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>Saving a CCF change whose form carried the row's version: a save that finds the row changed meanwhile
/// (concurrency token, or a unique index another request filled first) changes nothing and says so.</summary>
public static class CcfSaving
{
    public static async Task<bool> SaveOrSayAsync(this SillageDb db, ModelStateDictionary modelState, string modifiedMeanwhile)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            modelState.AddModelError(string.Empty, modifiedMeanwhile);
            return false;
        }
    }
}
