using Sillage.Domain.Pfmp;

namespace Sillage.Domain.Tests.Pfmp;

public sealed class PfmpConventionTests
{
    private static readonly DateTime At = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);
    private static readonly ConventionActor Referent = new(Guid.NewGuid(), "Claire Fontaine", "référent de la MC");
    private static readonly ConventionActor Learner = new(Guid.NewGuid(), "Léa Moreau", "apprenante");
    private static readonly ConventionActor Tutor = new(Guid.NewGuid(), "Julien Morel", "tuteur");

    private static PfmpConvention Sent()
    {
        var convention = new PfmpConvention();
        Assert.Null(convention.Send(Referent, At));
        return convention;
    }

    [Fact]
    public void A_new_convention_is_a_draft_that_can_be_edited()
    {
        var convention = new PfmpConvention();
        Assert.Equal(ConventionStatus.Draft, convention.Status);
        Assert.True(convention.IsEditable);
        Assert.False(convention.IsSigned);
    }

    [Fact]
    public void The_three_signatures_make_a_sent_convention_signed_and_record_who_signed_what()
    {
        var convention = Sent();

        Assert.Null(convention.Sign(ConventionParty.Establishment, Referent, At));
        Assert.Equal(ConventionStatus.Sent, convention.Status);
        Assert.Null(convention.Sign(ConventionParty.Learner, Learner, At.AddHours(1)));
        Assert.Equal(ConventionStatus.Sent, convention.Status);
        Assert.Null(convention.Sign(ConventionParty.HostOrganisation, Tutor, At.AddHours(2)));

        Assert.Equal(ConventionStatus.Signed, convention.Status);
        Assert.True(convention.IsSigned);
        Assert.False(convention.IsEditable);
        var host = convention.Signatures.Single(s => s.Party == ConventionParty.HostOrganisation);
        Assert.Equal("Julien Morel", host.ActorName);
        Assert.Equal("tuteur", host.ActorCapacity);
        Assert.Equal(At.AddHours(2), host.At);
        Assert.Equal([1, 2, 3, 4], convention.Events.Select(e => e.Sequence));
    }

    [Fact]
    public void A_party_cannot_sign_twice()
    {
        var convention = Sent();
        Assert.Null(convention.Sign(ConventionParty.Learner, Learner, At));

        Assert.NotNull(convention.Sign(ConventionParty.Learner, Learner, At));
        Assert.Single(convention.Signatures);
    }

    [Fact]
    public void A_draft_cannot_be_signed_refused_or_withdrawn()
    {
        var convention = new PfmpConvention();

        Assert.NotNull(convention.Sign(ConventionParty.Learner, Learner, At));
        Assert.NotNull(convention.Refuse(Tutor, At, "Dates impossibles"));
        Assert.NotNull(convention.Withdraw(Referent, At, null));
        Assert.NotNull(convention.Reopen(Referent, At));
        Assert.Equal(ConventionStatus.Draft, convention.Status);
        Assert.Empty(convention.Events);
    }

    [Fact]
    public void A_signed_convention_accepts_no_other_step()
    {
        var convention = Sent();
        foreach (var party in PfmpConvention.Parties)
        {
            convention.Sign(party, Referent, At);
        }

        var version = convention.Version;
        Assert.NotNull(convention.Send(Referent, At));
        Assert.NotNull(convention.Refuse(Tutor, At, "Trop tard"));
        Assert.NotNull(convention.Withdraw(Referent, At, null));
        Assert.NotNull(convention.RecordSignedOutsidePlatform(Referent, At, "scan.pdf"));
        Assert.Equal(ConventionStatus.Signed, convention.Status);
        Assert.Equal(version, convention.Version);
    }

    [Fact]
    public void A_refusal_needs_a_comment_and_keeps_it_after_reopening()
    {
        var convention = Sent();

        Assert.NotNull(convention.Refuse(Tutor, At, "   "));
        Assert.Equal(ConventionStatus.Sent, convention.Status);

        Assert.Null(convention.Refuse(Tutor, At, " Les horaires ne correspondent pas à l'accueil. ", ConventionParty.HostOrganisation));
        Assert.Equal(ConventionStatus.Refused, convention.Status);
        Assert.True(convention.IsEditable);

        Assert.Null(convention.Reopen(Referent, At.AddDays(1)));
        Assert.Equal(ConventionStatus.Draft, convention.Status);
        var refusal = convention.LastRefusal!;
        Assert.Equal("Les horaires ne correspondent pas à l'accueil.", refusal.Comment);
        Assert.Equal(ConventionParty.HostOrganisation, refusal.Party);
        Assert.Equal("Julien Morel", refusal.ActorName);
    }

    [Fact]
    public void A_refused_convention_cannot_be_signed_nor_sent_before_reopening()
    {
        var convention = Sent();
        convention.Refuse(Learner, At, "Erreur sur mon adresse");

        Assert.NotNull(convention.Sign(ConventionParty.Establishment, Referent, At));
        Assert.NotNull(convention.Send(Referent, At));
        Assert.Null(convention.Reopen(Referent, At));
        Assert.Null(convention.Send(Referent, At));
        Assert.Equal(ConventionStatus.Sent, convention.Status);
    }

    [Fact]
    public void Withdrawing_drops_the_signatures_collected()
    {
        var convention = Sent();
        convention.Sign(ConventionParty.Learner, Learner, At);

        Assert.Null(convention.Withdraw(Referent, At, "Correction des dates"));
        Assert.Equal(ConventionStatus.Draft, convention.Status);
        Assert.Empty(convention.Signatures);

        convention.Send(Referent, At);
        Assert.Empty(convention.Signatures);
        Assert.True(convention.CanSign(ConventionParty.Learner));
    }

    [Fact]
    public void Signed_outside_the_platform_needs_the_scan_and_counts_for_every_party()
    {
        var convention = new PfmpConvention();

        Assert.NotNull(convention.RecordSignedOutsidePlatform(Referent, At, " "));
        Assert.Equal(ConventionStatus.Draft, convention.Status);

        Assert.Null(convention.RecordSignedOutsidePlatform(Referent, At, "convention-signee.pdf"));
        Assert.Equal(ConventionStatus.SignedOutsidePlatform, convention.Status);
        Assert.True(convention.IsSigned);
        Assert.All(PfmpConvention.Parties, p => Assert.True(convention.IsSignedBy(p)));
        Assert.Contains("convention-signee.pdf", convention.Events.Single().Comment, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_step_changes_the_version()
    {
        var convention = new PfmpConvention();
        var before = convention.Version;
        convention.Send(Referent, At);
        Assert.NotEqual(before, convention.Version);
    }
}
