namespace Sillage.Web.Pages.Referentiel;

/// <summary>The kinds of record of a cohort that point to a framework element, as the move screen counts them.</summary>
public enum ElementUse
{
    Assessment = 1,
    TraceLink = 2,
    KnowledgeLink = 3,
    GridLine = 4,
    JuryLine = 5,
    Dossier = 6,
    ExamSession = 7,
    PfmpTarget = 8,
    ClassSession = 9,
}

/// <summary>French names of <see cref="ElementUse"/> (catalogue keys, with the count as {0}).</summary>
public static class ElementUseLabels
{
    public static string Count(ElementUse use) => use switch
    {
        ElementUse.Assessment => "{0} positionnement(s)",
        ElementUse.TraceLink => "{0} lien(s) de traces",
        ElementUse.KnowledgeLink => "{0} lien(s) de savoirs associés",
        ElementUse.GridLine => "{0} ligne(s) de grilles CCF",
        ElementUse.JuryLine => "{0} ligne(s) d'évaluations du jury",
        ElementUse.Dossier => "{0} dossier(s) de certification",
        ElementUse.ExamSession => "{0} session(s) d'examen",
        ElementUse.PfmpTarget => "{0} objectif(s) de PFMP",
        ElementUse.ClassSession => "{0} séance(s) du cahier de textes",
        _ => "{0}",
    };
}
