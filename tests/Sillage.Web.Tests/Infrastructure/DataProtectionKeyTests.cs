using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>With a certificate configured, the Data Protection keys stored in the database are encrypted.</summary>
public sealed class DataProtectionKeyTests : IDisposable
{
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"sillage-dp-{Guid.NewGuid():N}.pfx");
    private readonly CertificateApp _app;

    public DataProtectionKeyTests()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Sillage Data Protection (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificatePath, certificate.Export(X509ContentType.Pkcs12, CertificateApp.Password));
        _app = new CertificateApp(_certificatePath);
    }

    public void Dispose()
    {
        _app.Dispose();
        File.Delete(_certificatePath);
    }

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_still_work()
    {
        // Signing in protects the cookie: the key ring gets its first key.
        var client = await _app.SignInAsync(Accounts.Learner);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/dossier")).StatusCode);

        var keys = await _app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        foreach (var xml in keys)
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }
    }

    private sealed class CertificateApp(string certificatePath) : SillageApp
    {
        public const string Password = "mot-de-passe-du-certificat";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", certificatePath);
            builder.UseSetting("DataProtection:CertificatePassword", Password);
        }
    }
}
