namespace Sillage.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static IServiceCollection AddSillageEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddScoped<EmailOutbox>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
