namespace Sillage.Domain.Frameworks;

/// <summary>
/// The evaluation part of a framework file (see docs/framework-format.md): the units/épreuves of the diploma, the
/// situations each is evaluated in, and how the final mark is made. Only what the official texts say goes in; the
/// pass mark is a platform setting, not part of the file.
/// </summary>
public sealed class FrameworkFileEvaluation
{
    /// <summary>Weeks of PFMP the diploma requires (12 for the MC SNO), read by the <c>pfmp-complete</c> condition.</summary>
    public int? PfmpWeeks { get; set; }

    /// <summary>How the épreuves' marks make the final mark; <c>weighted-average</c> (by coefficient) when absent.</summary>
    public string? FinalMark { get; set; }

    public string? Note { get; set; }
    public string? Source { get; set; }
    public List<FrameworkFileExam>? Exams { get; set; }
}

/// <summary>An épreuve (and its unit): E1 / U1…</summary>
public sealed class FrameworkFileExam
{
    public string? Code { get; set; }
    public string? Unit { get; set; }
    public string? Title { get; set; }

    /// <summary>Code of the bloc the épreuve certifies.</summary>
    public string? Block { get; set; }

    public decimal? Coefficient { get; set; }

    /// <summary><c>ccf</c> (contrôle en cours de formation) or <c>ponctuel</c>.</summary>
    public string? Mode { get; set; }

    /// <summary>What must hold before the épreuve can be obtained, as known keywords (<c>pfmp-complete</c>).</summary>
    public List<string>? Conditions { get; set; }

    public string? Note { get; set; }
    public string? Source { get; set; }
    public List<FrameworkFileExamSituation>? Situations { get; set; }
}

/// <summary>A situation of evaluation of an épreuve (E1 situation A…).</summary>
public sealed class FrameworkFileExamSituation
{
    public string? Code { get; set; }
    public string? Title { get; set; }

    /// <summary><c>oral</c>, <c>sans-candidat</c> (evaluated on the traces, without the candidate), <c>pratique</c>
    /// or <c>ecrit</c>.</summary>
    public string? Form { get; set; }

    /// <summary>Total length in minutes, when the texts give one.</summary>
    public int? DurationMinutes { get; set; }

    /// <summary>The parts of the situation in order (presentation ≤ 20 min, then interview 20 min).</summary>
    public List<FrameworkFileExamPart>? Parts { get; set; }

    public FrameworkFileGroupSize? GroupSize { get; set; }

    /// <summary>What the evaluators examine (the candidate's contribution to a project, the dossier numérique…).</summary>
    public string? Examines { get; set; }

    /// <summary>When and where it takes place, as the texts say it.</summary>
    public string? Timing { get; set; }

    /// <summary>Weight of the situation in the épreuve's mark. When every situation of the épreuve has one, the
    /// épreuve's mark is their weighted average; otherwise the evaluators propose it.</summary>
    public decimal? Weight { get; set; }

    public string? Note { get; set; }
    public string? Source { get; set; }
}

public sealed class FrameworkFileExamPart
{
    public string? Title { get; set; }
    public int? Minutes { get; set; }

    /// <summary>True when <see cref="Minutes"/> is a maximum (« 20 minutes maximum »).</summary>
    public bool AtMost { get; set; }
}

public sealed class FrameworkFileGroupSize
{
    public int? Min { get; set; }
    public int? Max { get; set; }
}
