namespace Sillage.Domain.Team;

/// <summary>A compétence of the framework as the team page shares it out: its code, title and bloc.</summary>
public sealed record TeamCompetence(string Code, string Title, string BlockCode);
