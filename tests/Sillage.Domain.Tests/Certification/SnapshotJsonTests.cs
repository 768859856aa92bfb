using System.Text;
using Sillage.Domain.Certification;

namespace Sillage.Domain.Tests.Certification;

public sealed class SnapshotJsonTests
{
    private static SnapshotDocument Sample(string body = "Mise à jour de la page « offres »") => new(
        SnapshotDocument.CurrentFormat,
        Guid.Parse("01900000-0000-7000-8000-000000000001"),
        new SnapshotDocument.Person(Guid.Parse("01900000-0000-7000-8000-000000000002"), "Léa", "Moreau"),
        new SnapshotDocument.CohortInfo(Guid.Parse("01900000-0000-7000-8000-000000000003"), "MC SNO", "2026-2027", "mc-sno", "2020"),
        new SnapshotDocument.BlockInfo(Guid.Parse("01900000-0000-7000-8000-000000000004"), "B1", "Présence en ligne", "E1"),
        "2026-11-16T09:00:00Z",
        [
            new SnapshotDocument.Piece(1, "Trace", "Site web", null,
                new SnapshotDocument.TraceContent(Guid.Parse("01900000-0000-7000-8000-000000000005"), 2, "ActivityReport", "2026-09-14", "Training", null, body, "web",
                    [new SnapshotDocument.Link("C1.1", "Site", "J'ai publié", 3)],
                    [new SnapshotDocument.FileCopy(1, "capture.png", "image/png", 120, new string('a', 64), "snapshots/x/0001")]),
                null, null),
        ],
        [new SnapshotDocument.Positioning("C1.1", 3, "Maîtrisé", false)],
        [new SnapshotDocument.CoverageLine("C1.1", "Site", "Competence", [1], 3)]);

    [Fact]
    public void The_same_document_always_gives_the_same_bytes_and_fingerprint()
    {
        var first = SnapshotJson.Serialize(Sample());
        var second = SnapshotJson.Serialize(Sample());
        Assert.Equal(first, second);
        Assert.Equal(SnapshotJson.Fingerprint(first), SnapshotJson.Fingerprint(second));
        Assert.Matches("^[0-9a-f]{64}$", SnapshotJson.Fingerprint(first));
    }

    [Fact]
    public void Reading_and_writing_back_keeps_the_bytes()
    {
        var bytes = SnapshotJson.Serialize(Sample());
        var again = SnapshotJson.Serialize(SnapshotJson.Deserialize(Encoding.UTF8.GetString(bytes)));
        Assert.Equal(bytes, again);
    }

    [Fact]
    public void The_serialisation_is_compact_ordered_and_keeps_accents()
    {
        var json = Encoding.UTF8.GetString(SnapshotJson.Serialize(Sample()));
        Assert.StartsWith("{\"format\":\"sillage-certification-snapshot/1\",\"dossierId\":", json, StringComparison.Ordinal);
        Assert.Contains("« offres »", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_one_character_changes_the_fingerprint()
    {
        Assert.NotEqual(SnapshotJson.Fingerprint(SnapshotJson.Serialize(Sample())), SnapshotJson.Fingerprint(SnapshotJson.Serialize(Sample("Mise à jour de la page « offre »"))));
    }

    [Theory]
    [InlineData("3F61 61BF 7ff4 78ce e0e6 cfbb 5714 f0cd ac59 c89b 7e98 5c85 bb9b 66a6 c1ed 02da", "3f6161bf7ff478cee0e6cfbb5714f0cdac59c89b7e985c85bb9b66a6c1ed02da")]
    [InlineData("3f61", null)]
    [InlineData("zz6161bf7ff478cee0e6cfbb5714f0cdac59c89b7e985c85bb9b66a6c1ed02da", null)]
    [InlineData(null, null)]
    public void Pasted_fingerprints_are_cleaned_or_refused(string? pasted, string? expected) =>
        Assert.Equal(expected, SnapshotJson.NormalizeFingerprint(pasted));

    [Fact]
    public void A_submitted_dossier_cannot_change()
    {
        var dossier = new CertificationDossier();
        var item = dossier.Add(DossierItemKind.Trace, Guid.NewGuid(), null, null, DateTime.UtcNow);
        Assert.Throws<InvalidOperationException>(() => dossier.Add(DossierItemKind.Trace, item.ReferenceId, null, null, DateTime.UtcNow));
        dossier.Submit(DateTime.UtcNow);
        Assert.Throws<InvalidOperationException>(() => dossier.Add(DossierItemKind.Document, null, "Attestation", null, DateTime.UtcNow));
        Assert.Throws<InvalidOperationException>(() => dossier.Remove(item.Id, DateTime.UtcNow));
        Assert.Throws<InvalidOperationException>(() => dossier.Submit(DateTime.UtcNow));
    }

    [Fact]
    public void An_exam_window_is_half_open_and_checked()
    {
        var start = new DateTime(2026, 11, 16, 8, 0, 0, DateTimeKind.Utc);
        var session = new ExamSession { Title = "E1", StartsAt = start, EndsAt = start.AddHours(8) };
        Assert.False(session.IsOpen(start.AddSeconds(-1)));
        Assert.True(session.IsOpen(start));
        Assert.False(session.IsOpen(start.AddHours(8)));
        Assert.Equal("end-before-start", ExamSession.CheckWindow(start, start));
        Assert.Equal("too-long", ExamSession.CheckWindow(start, start.AddDays(ExamSession.MaxDays + 1)));
        Assert.Null(ExamSession.CheckWindow(start, start.AddDays(1)));
    }
}
