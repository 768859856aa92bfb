using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Sillage.Web.Data;

namespace Sillage.Web.Infrastructure.Security;

/// <summary>
/// The Data Protection key ring (it protects sign-in cookies, antiforgery tokens, link sessions and reset tokens) lives
/// in the database, so that every instance shares it. Whoever reads the database or a backup would read the keys too:
/// with <c>DataProtection:CertificatePath</c> (a PKCS#12 file holding the private key) and
/// <c>DataProtection:CertificatePassword</c>, each key is stored encrypted with that certificate. Without one the keys
/// stay in clear, with a warning at start-up outside Development and the demo. Keys written before the certificate
/// was configured stay readable (they were stored in clear); new ones are encrypted.
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddSillageDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection().PersistKeysToDbContext<SillageDb>().SetApplicationName("Sillage");
        var path = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"], X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"DataProtection:CertificatePath: the certificate in {path} has no private key (give a PKCS#12 file with its key).");
            }

            // The certificate is not in a certificate store: decryption must be told about it, not only encryption.
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        else if (!environment.IsDevelopment() && !configuration.GetValue<bool>("Demo:Enabled"))
        {
            services.AddHostedService<UnencryptedKeysWarning>();
        }

        return services;
    }
}
