using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Signs Open Badges credentials as VC-JWT (ES256). The platform's P-256 key is made on first use and kept in the
/// file store (<c>keys/badge-signing.key</c>), encrypted with ASP.NET Core data protection (whose keys live in the
/// database), so that every instance signs with the same key. The public key is published as a JWK set at
/// <c>/.well-known/jwks.json</c>: anyone can check a badge without asking the establishment.
/// </summary>
public sealed class BadgeSigning(IFileStore files, IDataProtectionProvider protection)
{
    private const string Key = "keys/badge-signing.key";
    private static readonly SemaphoreSlim Creating = new(1, 1);
    private readonly IDataProtector _protector = protection.CreateProtector("Sillage.Exports.BadgeSigning");

    public async Task<string> SignAsync(string credentialJson, CancellationToken cancellationToken)
    {
        using var ecdsa = await LoadAsync(cancellationToken);
        // Each call loads its own ECDsa and disposes it: the default factory would cache a signature provider by key id
        // and hand the next call the disposed instance (a second badge in one export failed).
        var key = new ECDsaSecurityKey(ecdsa) { KeyId = KeyId(ecdsa), CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(credentialJson, new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
            new Dictionary<string, object> { ["typ"] = "vc+jwt" });
    }

    /// <summary>The public key as a JWK (no private part).</summary>
    public async Task<JsonWebKey> PublicKeyAsync(CancellationToken cancellationToken)
    {
        using var ecdsa = await LoadAsync(cancellationToken);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        return new JsonWebKey
        {
            Kty = "EC", Crv = "P-256", Use = "sig", Alg = SecurityAlgorithms.EcdsaSha256, Kid = KeyId(ecdsa),
            X = Base64UrlEncoder.Encode(parameters.Q.X), Y = Base64UrlEncoder.Encode(parameters.Q.Y),
        };
    }

    private static string KeyId(ECDsa ecdsa) =>
        Base64UrlEncoder.Encode(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo()))[..16];

    private async Task<ECDsa> LoadAsync(CancellationToken cancellationToken)
    {
        var existing = await ReadAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        await Creating.WaitAsync(cancellationToken);
        try
        {
            existing = await ReadAsync(cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

            var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var sealedKey = _protector.Protect(ecdsa.ExportPkcs8PrivateKey());
            await files.SaveAsync(Key, new MemoryStream(Encoding.ASCII.GetBytes(Convert.ToBase64String(sealedKey))), "text/plain", cancellationToken);
            return ecdsa;
        }
        finally
        {
            Creating.Release();
        }
    }

    private async Task<ECDsa?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = await files.OpenReadAsync(Key, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.ASCII);
        byte[] pkcs8;
        try
        {
            pkcs8 = _protector.Unprotect(Convert.FromBase64String(await reader.ReadToEndAsync(cancellationToken)));
        }
        catch (CryptographicException)
        {
            // The data-protection keys that sealed it are gone (database restored elsewhere): a new key is made;
            // badges signed before can no longer be checked against the published key.
            return null;
        }

        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
        return ecdsa;
    }
}
