using Microsoft.Extensions.Options;

namespace Sillage.Web.Infrastructure.Files;

public static class FilesSetup
{
    public static IServiceCollection AddSillageFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.AddSingleton<IFileStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return string.Equals(options.Provider, "S3", StringComparison.OrdinalIgnoreCase)
                ? S3FileStore.Create(options)
                : new LocalFileStore(options.LocalPath);
        });
        services.AddHostedService<FileStoreCheck>();
        return services;
    }
}
