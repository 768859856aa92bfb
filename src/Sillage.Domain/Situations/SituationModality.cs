namespace Sillage.Domain.Situations;

/// <summary>Modalités de travail (guide 3.3.1.2): individual, group, project mode; several may apply.</summary>
[Flags]
public enum SituationModality
{
    None = 0,
    Individual = 1,
    Group = 2,
    Project = 4,
}

public static class SituationModalities
{
    public static readonly IReadOnlyList<SituationModality> All = [SituationModality.Individual, SituationModality.Group, SituationModality.Project];

    /// <summary>The French label, also the word used in the exchange format.</summary>
    public static string Label(SituationModality modality) => modality switch
    {
        SituationModality.Individual => "Travail individuel",
        SituationModality.Group => "Travail en groupe",
        SituationModality.Project => "Mode projet",
        _ => "",
    };

    public static string Code(SituationModality modality) => modality switch
    {
        SituationModality.Individual => "individuel",
        SituationModality.Group => "groupe",
        SituationModality.Project => "projet",
        _ => "",
    };

    public static SituationModality? FromCode(string? code) =>
        All.Cast<SituationModality?>().FirstOrDefault(m => Code(m!.Value) == code);

    public static IEnumerable<SituationModality> Split(SituationModality value) => All.Where(m => value.HasFlag(m));
}
