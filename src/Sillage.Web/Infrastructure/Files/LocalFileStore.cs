using System.Runtime.CompilerServices;

namespace Sillage.Web.Infrastructure.Files;

/// <summary>Files in a folder (default <c>data/files</c>); writes go through a temporary file and a rename so
/// that a reader never sees half a file.</summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    private readonly string _root = Path.GetFullPath(root);

    public Task CheckAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_root);
        return Task.CompletedTask;
    }

    public async Task SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        await using (var file = File.Create(temporary))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(PathOf(key)));

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (prefix.Length > 0)
        {
            FileKeys.Validate(prefix.TrimEnd('/') + "/x");
        }

        var folder = Path.Combine(_root, prefix);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!file.Contains(".tmp-", StringComparison.Ordinal))
            {
                yield return Path.GetRelativePath(_root, file).Replace('\\', '/');
            }
        }

        await Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        FileKeys.Validate(key);
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"Invalid file key '{key}'.", nameof(key));
    }
}
