using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sillage.Web.Infrastructure.Database;

/// <summary>What one <see cref="IShippedData"/> last installed: its fingerprint at the time. At start-up an installer
/// whose fingerprint is still the stamped one is not run (see <see cref="DatabaseInitializer"/>).</summary>
public class ShippedDataStamp
{
    public const int NameLength = 100;
    public const int FingerprintLength = 64;

    /// <summary>The installer's type name (<c>ShippedFrameworks</c>).</summary>
    public required string Name { get; set; }

    public required string Fingerprint { get; set; }

    public DateTime InstalledAt { get; set; }
}

internal sealed class ShippedDataStampConfiguration : IEntityTypeConfiguration<ShippedDataStamp>
{
    public void Configure(EntityTypeBuilder<ShippedDataStamp> builder)
    {
        builder.ToTable("ShippedDataStamps");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(ShippedDataStamp.NameLength);
        builder.Property(s => s.Fingerprint).HasMaxLength(ShippedDataStamp.FingerprintLength);
    }
}

/// <summary>SHA-256 fingerprints of what an <see cref="IShippedData"/> ships: its installer version (raised when its
/// code would install something else from the same content) and its files or values.</summary>
public static class ShippedFingerprint
{
    /// <summary>The files of <paramref name="folder"/> matching <paramref name="pattern"/> (not its subfolders): names and
    /// contents, in ordinal order; a missing folder has a fingerprint of its own.</summary>
    public static string OfFiles(int version, string folder, string pattern = "*.json")
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "v" + version);
        if (!Directory.Exists(folder))
        {
            Append(hash, "(no folder)");
        }
        else
        {
            foreach (var path in Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal))
            {
                var content = File.ReadAllBytes(path);
                Append(hash, Path.GetFileName(path));
                Append(hash, content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                hash.AppendData(content);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Values shipped in code (the privacy register's codes).</summary>
    public static string OfValues(int version, IEnumerable<string> values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "v" + version);
        foreach (var value in values)
        {
            Append(hash, value);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The text and a separator, so that ("ab", "c") and ("a", "bc") differ.</summary>
    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
