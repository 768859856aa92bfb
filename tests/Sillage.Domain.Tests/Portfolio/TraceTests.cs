using Sillage.Domain.Portfolio;

namespace Sillage.Domain.Tests.Portfolio;

public sealed class TraceTests
{
    private static readonly DateTime Now = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Learner = Guid.CreateVersion7();

    private static TraceContent Content(string body = "Texte.", string title = "Titre") =>
        new(title, TraceKind.ActivityReport, new DateOnly(2026, 11, 10), TraceContext.Pfmp, null, body, "réseau, #VPN, Réseau");

    [Fact]
    public void A_new_trace_is_version_1_with_its_first_revision_and_clean_tags()
    {
        var (trace, revision) = Trace.Create(Learner, Content(), Now);
        Assert.Equal(1, trace.Version);
        Assert.Equal(1, revision.Version);
        Assert.Equal(trace.Id, revision.TraceId);
        Assert.Equal("réseau, VPN", trace.Tags);
        Assert.Contains("reseau", trace.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_change_is_a_new_version_and_no_change_is_no_version()
    {
        var (trace, _) = Trace.Create(Learner, Content(), Now);
        Assert.Null(trace.Update(Content() with { Body = "Texte.\r\n" }, 1, Learner, Now));
        var revision = trace.Update(Content("Autre texte."), 1, Learner, Now.AddMinutes(1));
        Assert.Equal(2, trace.Version);
        Assert.Equal(2, revision!.Version);
        Assert.Equal("Autre texte.", revision.Body);
    }

    [Fact]
    public void A_save_from_an_older_version_is_a_conflict_and_changes_nothing()
    {
        var (trace, _) = Trace.Create(Learner, Content(), Now);
        trace.Update(Content("Onglet A"), 1, Learner, Now);
        var conflict = Assert.Throws<TraceConflictException>(() => trace.Update(Content("Onglet B"), 1, Learner, Now));
        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal("Onglet A", trace.Body);
    }

    [Fact]
    public void Restoring_brings_an_old_content_back_as_a_new_version()
    {
        var (trace, first) = Trace.Create(Learner, Content("v1"), Now);
        trace.Update(Content("v2"), 1, Learner, Now);
        var restored = trace.Restore(first, 2, Learner, Now);
        Assert.Equal(3, restored!.Version);
        Assert.Equal("v1", trace.Body);
    }

    [Fact]
    public void A_deleted_trace_cannot_be_changed_until_restored()
    {
        var (trace, _) = Trace.Create(Learner, Content(), Now);
        trace.Delete(Now);
        Assert.Throws<InvalidOperationException>(() => trace.Update(Content("x"), 1, Learner, Now));
        trace.Undelete();
        Assert.NotNull(trace.Update(Content("x"), 1, Learner, Now));
    }

    [Fact]
    public void Rules_refuse_missing_title_future_date_long_text_and_too_many_tags()
    {
        var today = new DateOnly(2026, 11, 16);
        var bad = new TraceContent(" ", TraceKind.Other, today.AddDays(1), TraceContext.Formation, null, new string('a', TraceRules.BodyMaxLength + 1),
            string.Join(",", Enumerable.Range(1, 13).Select(i => $"tag{i}")));
        var fields = TraceRules.Check(bad, today).Select(p => p.Field).ToList();
        Assert.Equal(["Title", "ActivityDate", "Body", "Tags"], fields);
        Assert.Empty(TraceRules.Check(Content(), today));
    }

    [Fact]
    public void Duplicate_attachment_names_get_a_number()
    {
        Assert.Equal("rapport.pdf", Attachment.UniqueName("rapport.pdf", []));
        Assert.Equal("rapport (2).pdf", Attachment.UniqueName("rapport.pdf", ["rapport.pdf"]));
        Assert.Equal("Rapport (3).pdf", Attachment.UniqueName("Rapport.pdf", ["rapport.pdf", "rapport (2).pdf"]));
        Assert.Equal("notes (2)", Attachment.UniqueName("notes", ["notes"]));
    }
}
