namespace Sillage.Web.Infrastructure.Pdf;

public static class PdfSetup
{
    public static IServiceCollection AddSillagePdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfOptions>(configuration.GetSection("Pdf"));
        services.AddSingleton<PdfRenderer>();
        services.AddScoped<RazorRenderer>();
        return services;
    }
}
