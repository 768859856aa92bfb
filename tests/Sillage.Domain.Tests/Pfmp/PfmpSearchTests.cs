using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;

namespace Sillage.Domain.Tests.Pfmp;

/// <summary>The rules of the learner's PFMP search: applications' dates, what becomes a period, proposals against the directory.</summary>
public sealed class PfmpSearchTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private static readonly DateTime At = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_application_dated_in_the_future_is_refused()
    {
        var problems = PfmpApplication.CheckDates(Today.AddDays(1), null, Today);

        Assert.Equal("La date de candidature ne peut pas être dans le futur.", Assert.Single(problems).Template);
    }

    [Fact]
    public void An_application_dated_today_with_a_later_next_step_is_accepted()
    {
        Assert.Empty(PfmpApplication.CheckDates(Today, Today.AddDays(7), Today));
    }

    [Fact]
    public void A_next_step_before_the_application_is_refused()
    {
        var problems = PfmpApplication.CheckDates(Today.AddDays(-3), Today.AddDays(-4), Today);

        Assert.StartsWith("La prochaine étape ne peut pas précéder la candidature", Assert.Single(problems).Template, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_application_needs_a_directory_host_before_becoming_a_period()
    {
        var application = new PfmpApplication { Answer = ApplicationAnswer.Accepted, ProposalId = Guid.NewGuid() };

        Assert.StartsWith("La structure de cette candidature n'est pas encore dans l'annuaire", application.BecomePeriod(Guid.NewGuid(), At)!.Template, StringComparison.Ordinal);
        Assert.Null(application.PeriodId);

        application.HostOrganisationId = Guid.NewGuid();
        var period = Guid.NewGuid();
        Assert.Null(application.BecomePeriod(period, At));
        Assert.Equal(period, application.PeriodId);
        Assert.Equal("Cette candidature est déjà devenue une période de PFMP.", application.BecomePeriod(Guid.NewGuid(), At)!.Template);
        Assert.NotNull(application.CheckEditable());
    }

    [Theory]
    [InlineData(ApplicationAnswer.Waiting)]
    [InlineData(ApplicationAnswer.Interview)]
    [InlineData(ApplicationAnswer.Refused)]
    public void Only_an_accepted_application_becomes_a_period(ApplicationAnswer answer)
    {
        var application = new PfmpApplication { Answer = answer, HostOrganisationId = Guid.NewGuid() };

        Assert.Equal("Seule une candidature acceptée devient une période de PFMP.", application.CheckBecomesPeriod()!.Template);
    }

    [Fact]
    public void A_proposal_with_the_siret_of_a_directory_entry_is_refused_naming_it()
    {
        var existing = new HostRules.Candidate(Guid.NewGuid(), "Cabinet Lemoine Conseil", "99900000100019");
        var duplicates = HostRules.FindDuplicates(new(null, "Lemoine", "999 000 001 00019"), [existing]);

        var error = HostProposal.CheckAgainstDirectory(duplicates);

        Assert.NotNull(error);
        Assert.Equal("Cabinet Lemoine Conseil", error.Args[0]);
        Assert.StartsWith("« {0} » est déjà dans l'annuaire avec ce SIRET", error.Template, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proposal_with_only_a_similar_name_is_not_refused()
    {
        var existing = new HostRules.Candidate(Guid.NewGuid(), "SARL Duval", null);
        var duplicates = HostRules.FindDuplicates(new(null, "Duval", null), [existing]);

        Assert.Single(duplicates);
        Assert.Null(HostProposal.CheckAgainstDirectory(duplicates));
    }

    [Fact]
    public void A_proposal_is_validated_into_the_directory_once()
    {
        var proposal = new HostProposal { Name = "Atelier Numérique" };
        var host = Guid.NewGuid();
        var version = proposal.Version;

        Assert.Null(proposal.ValidateInto(host, Guid.NewGuid(), At));
        Assert.Equal(host, proposal.HostOrganisationId);
        Assert.NotEqual(version, proposal.Version);
        Assert.Equal("Cette proposition a déjà été validée dans l'annuaire.", proposal.ValidateInto(Guid.NewGuid(), Guid.NewGuid(), At)!.Template);
        Assert.Equal(host, proposal.HostOrganisationId);
        Assert.NotNull(proposal.CheckEditable());
    }
}

public sealed class PfmpSearchStatusTests
{
    [Theory]
    [InlineData(0, 0, false, false, PfmpSearchStatus.NotStarted)]
    [InlineData(0, 1, false, false, PfmpSearchStatus.Searching)]
    [InlineData(3, 0, false, false, PfmpSearchStatus.Searching)]
    [InlineData(3, 1, true, false, PfmpSearchStatus.Accepted)]
    [InlineData(3, 1, true, true, PfmpSearchStatus.PeriodCreated)]
    public void The_status_follows_what_the_learner_logged(int applications, int proposals, bool accepted, bool period, PfmpSearchStatus expected)
    {
        Assert.Equal(expected, PfmpSearch.StatusOf(applications, proposals, accepted, period));
    }
}
