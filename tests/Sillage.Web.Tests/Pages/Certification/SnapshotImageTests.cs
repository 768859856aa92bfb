using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Certification;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Tests.Pages.Portfolio;
using UglyToad.PdfPig;

namespace Sillage.Web.Tests.Pages.Certification;

/// <summary>
/// A snapshot's PDF prints the images its traces' Markdown shows when they are the learner's own attachments
/// (<c>/dossier/pieces/{id}</c>), like the dossier's PDF; another learner's image is never printed.
/// </summary>
public sealed class SnapshotImageTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_learners_own_markdown_image_is_printed_and_another_learners_is_not()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var snapshot = await app.WithDbAsync(db => db.DossierSnapshots.AsNoTracking().OrderBy(s => s.SubmittedAt).FirstAsync(s => s.LearnerId == learnerId));
        var own = await ImageOfAsync(learnerId, mine: true);
        var others = await ImageOfAsync(learnerId, mine: false);

        var none = await PicturesAsync(snapshot, "Sans image.");
        var withOwn = await PicturesAsync(snapshot, $"Mon image : ![capture](/dossier/pieces/{own})");
        var withOthers = await PicturesAsync(snapshot, $"Celle d'un autre : ![capture](/dossier/pieces/{others})");

        Assert.Equal(none + 1, withOwn);
        Assert.Equal(none, withOthers);
    }

    /// <summary>An image attachment of the learner's traces, or of another learner's.</summary>
    private Task<Guid> ImageOfAsync(Guid learnerId, bool mine) => app.WithDbAsync(db => db.Attachments
        .Where(a => a.IsImage && a.DeletedAt == null && db.Traces.Any(t => t.Id == a.TraceId && (t.LearnerId == learnerId) == mine))
        .Select(a => a.Id).FirstAsync());

    /// <summary>The pictures (not Chromium's 14×16 broken-image icon) of the snapshot's PDF printed with the first trace's
    /// text replaced.</summary>
    private async Task<int> PicturesAsync(DossierSnapshot snapshot, string body)
    {
        var document = SnapshotJson.Deserialize(snapshot.Json);
        var first = document.Pieces.First(p => p.Trace is not null);
        document = document with { Pieces = [.. document.Pieces.Select(p => p == first ? p with { Trace = p.Trace! with { Body = body } } : p)] };
        await using var scope = app.Services.CreateAsyncScope();
        var bytes = await scope.ServiceProvider.GetRequiredService<SnapshotPdf>().RenderAsync(new SnapshotPrint(document, snapshot.Fingerprint, null), document);
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Sum(p => p.GetImages().Count(i => i.WidthInSamples > 16));
    }
}
