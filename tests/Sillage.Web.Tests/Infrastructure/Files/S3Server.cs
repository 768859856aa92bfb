using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Tests.Infrastructure.Files;

/// <summary>
/// A real S3-compatible server for the tests: the one in <c>SILLAGE_TEST_S3</c> (a service URL with a bucket
/// "sillage", keys S3RVER/S3RVER — what <c>scripts/s3 start</c> prints), else one started here with the same script.
/// </summary>
public sealed class S3Server : IDisposable
{
    public const string Bucket = "sillage";
    private readonly string? ownDirectory;

    public S3Server()
    {
        var url = Environment.GetEnvironmentVariable("SILLAGE_TEST_S3");
        if (string.IsNullOrEmpty(url))
        {
            ownDirectory = Path.Combine(Path.GetTempPath(), $"sillage-s3-{Guid.NewGuid():N}");
            url = ServiceScripts.Run("s3", "start", ownDirectory);
        }

        ServiceUrl = url;
    }

    public string ServiceUrl { get; }

    public StorageOptions Options(string bucket = Bucket) => new()
    {
        Provider = "S3", S3ServiceUrl = ServiceUrl, S3Bucket = bucket, S3AccessKey = "S3RVER", S3SecretKey = "S3RVER", S3Region = "us-east-1",
    };

    public IFileStore Store() => S3FileStore.Create(Options());

    public void Dispose()
    {
        if (ownDirectory is not null)
        {
            ServiceScripts.Run("s3", "stop", ownDirectory);
        }
    }
}
