namespace Sillage.Web.Data.Demo;

/// <summary>A demo account listed on the login page in demo mode.</summary>
public sealed record DemoAccount(string Email, string Name, string Role);
