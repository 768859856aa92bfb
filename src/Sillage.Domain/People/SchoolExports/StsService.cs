namespace Sillage.Domain.People.SchoolExports;

/// <summary>A service of an STS-web export: a subject taught in a division by one or more teachers (their INDIVIDU IDs).</summary>
public sealed record StsService(string Division, string SubjectCode, string Subject, IReadOnlyList<string> TeacherIds);
