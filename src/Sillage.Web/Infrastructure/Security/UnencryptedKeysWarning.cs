namespace Sillage.Web.Infrastructure.Security;

/// <summary>Says once, at start-up, that the Data Protection keys are stored in clear (see <see cref="DataProtectionSetup"/>).</summary>
internal sealed class UnencryptedKeysWarning(ILogger<UnencryptedKeysWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Data Protection keys are stored unencrypted in the database: set DataProtection:CertificatePath (a PKCS#12 file with its private key) and DataProtection:CertificatePassword to encrypt them at rest");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
