using Amazon.Runtime;
using Amazon.S3;
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
            if (!string.Equals(options.Provider, "S3", StringComparison.OrdinalIgnoreCase))
            {
                return new LocalFileStore(options.LocalPath);
            }

            var config = new AmazonS3Config { ForcePathStyle = options.S3ForcePathStyle };
            if (!string.IsNullOrEmpty(options.S3ServiceUrl))
            {
                config.ServiceURL = options.S3ServiceUrl;
            }

            if (!string.IsNullOrEmpty(options.S3Region))
            {
                config.AuthenticationRegion = options.S3Region;
            }

            var client = new AmazonS3Client(new BasicAWSCredentials(options.S3AccessKey, options.S3SecretKey), config);
            return new S3FileStore(client, options.S3Bucket ?? throw new InvalidOperationException("Storage:S3Bucket is required with the S3 provider."));
        });
        return services;
    }
}
