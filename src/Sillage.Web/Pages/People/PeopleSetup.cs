namespace Sillage.Web.Pages.People;

public static class PeopleSetup
{
    /// <summary>The people of an establishment: their accounts and invitations.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<Invitations>();
        services.AddScoped<PersonAccounts>();
        services.AddScoped<LearnerImport>();
        services.AddScoped<SchoolImportScope>();
        return services;
    }
}
