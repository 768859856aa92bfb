namespace Sillage.Web.Infrastructure.Files;

/// <summary>Refuses to start when the configured file store cannot be used (an S3 bucket missing or out of reach):
/// better a clear message at start than an error on the first upload.</summary>
internal sealed class FileStoreCheck(IFileStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.CheckAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
