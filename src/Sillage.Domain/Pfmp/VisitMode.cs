namespace Sillage.Domain.Pfmp;

public enum VisitMode
{
    OnSite = 1,
    Video = 2,
    Phone = 3,
}
