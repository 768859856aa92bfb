using Sillage.Domain.People;

namespace Sillage.Web.Pages.LearnerPath;

/// <summary>French labels of a learner's path (translated by the catalogue).</summary>
public static class PathLabels
{
    public static string Status(LearnerStatus status) => status switch
    {
        LearnerStatus.Apprentice => "Apprenti(e)",
        LearnerStatus.Continuing => "Formation continue",
        _ => "Scolaire",
    };

    public static string Diploma(PriorDiploma diploma) => diploma switch
    {
        PriorDiploma.BacPro => "Baccalauréat professionnel",
        PriorDiploma.BacTechno => "Baccalauréat technologique",
        PriorDiploma.BacGeneral => "Baccalauréat général",
        PriorDiploma.Other => "Autre diplôme",
        _ => "Non renseigné",
    };
}
