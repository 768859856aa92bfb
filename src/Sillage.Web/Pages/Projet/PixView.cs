using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Career;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Projet;

/// <summary>A learner's Pix results as they are shown beside the CRCN: the latest profile (level per compétence) and the
/// latest certification.</summary>
public sealed record PixView(PixResult? Profile, PixResult? Certification)
{
    public bool IsEmpty => Profile is null && Certification is null;

    public int? Level(string code) => Profile?.Levels.SingleOrDefault(l => l.CompetenceCode == code)?.Level;

    public static async Task<PixView> LoadAsync(SillageDb db, Guid learnerId, CancellationToken cancellationToken = default)
    {
        var latest = await db.PixResults.AsNoTracking().Include(r => r.Levels).Where(r => r.LearnerId == learnerId)
            .OrderByDescending(r => r.TakenOn).ThenByDescending(r => r.RecordedAt).Take(20).ToListAsync(cancellationToken);
        return new PixView(latest.FirstOrDefault(r => r.Kind == PixResultKind.Profile), latest.FirstOrDefault(r => r.Kind == PixResultKind.Certification));
    }
}
