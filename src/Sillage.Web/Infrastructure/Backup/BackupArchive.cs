using System.Security.Cryptography;
using System.Text.Json;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Infrastructure.Backup;

/// <summary>
/// A backup folder: <c>manifest.json</c>, the database (<c>database.sqlite</c> or <c>database.dump</c>) and
/// <c>files/</c> holding every stored file under its key. The database is copied first, then the files: a file added
/// meanwhile is kept without a row (harmless); a file deleted meanwhile is missing (the backup says so and fails).
/// </summary>
public static class BackupArchive
{
    public const string ManifestName = "manifest.json";
    private const string FilesFolder = "files";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<BackupManifest> WriteAsync(DatabaseArchive database, IFileStore store, string directory, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (System.IO.Directory.Exists(directory) && System.IO.Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new InvalidOperationException($"{directory} is not empty: give a new folder for each backup.");
        }

        System.IO.Directory.CreateDirectory(directory);
        var databaseFile = await database.BackupAsync(directory, cancellationToken);
        var files = new List<BackupManifest.StoredFile>();
        await foreach (var key in store.ListAsync("", cancellationToken))
        {
            var path = PathOf(directory, key);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var content = await store.OpenReadAsync(key, cancellationToken)
                ?? throw new InvalidOperationException($"The file {key} was deleted during the backup: run it again.");
            await using (var file = File.Create(path))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            files.Add(new BackupManifest.StoredFile(key, await HashAsync(path, cancellationToken), new FileInfo(path).Length));
        }

        var manifest = new BackupManifest(1, clock.GetUtcNow().UtcDateTime, database.Provider, databaseFile, files);
        await File.WriteAllTextAsync(Path.Combine(directory, ManifestName), JsonSerializer.Serialize(manifest, Json), cancellationToken);
        return manifest;
    }

    public static async Task<BackupManifest> RestoreAsync(DatabaseArchive database, IFileStore store, string directory, CancellationToken cancellationToken = default)
    {
        var manifestPath = Path.Combine(directory, ManifestName);
        if (!File.Exists(manifestPath))
        {
            throw new InvalidOperationException($"{directory} holds no {ManifestName}: not a Sillage backup.");
        }

        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken))
            ?? throw new InvalidOperationException($"{manifestPath} cannot be read.");
        if (!string.Equals(manifest.Provider, database.Provider, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The backup is of a {manifest.Provider} database; this installation uses {database.Provider}.");
        }

        await foreach (var _ in store.ListAsync("", cancellationToken))
        {
            throw new InvalidOperationException("The file storage is not empty: restore into an empty installation.");
        }

        // Every file is checked before anything is written, so that a damaged backup changes nothing.
        foreach (var file in manifest.Files)
        {
            if (await HashAsync(PathOf(directory, file.Key), cancellationToken) != file.Sha256)
            {
                throw new InvalidOperationException($"The file {file.Key} of the backup is damaged (SHA-256 differs).");
            }
        }

        await database.RestoreAsync(Path.Combine(directory, manifest.DatabaseFile), cancellationToken);
        foreach (var file in manifest.Files)
        {
            await using var content = File.OpenRead(PathOf(directory, file.Key));
            await store.SaveAsync(file.Key, content, "application/octet-stream", cancellationToken);
        }

        return manifest;
    }

    private static string PathOf(string directory, string key)
    {
        // Keys are made by the platform (see IFileStore); a manifest edited by hand must not write outside the folder.
        var root = Path.GetFullPath(Path.Combine(directory, FilesFolder));
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"Invalid file key in the backup: {key}");
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }
}

/// <summary>What a backup folder holds (<c>manifest.json</c>).</summary>
public sealed record BackupManifest(int Format, DateTime CreatedAt, string Provider, string DatabaseFile, IReadOnlyList<BackupManifest.StoredFile> Files)
{
    public sealed record StoredFile(string Key, string Sha256, long Bytes);
}
