using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Infrastructure.Backup;

/// <summary>
/// <c>Sillage.Web backup --to DIR</c> and <c>Sillage.Web restore --from DIR</c>, run with the installation's own
/// settings (same environment variables or appsettings as the app): the database and every stored file, see
/// docs/operations.md. The app does not start; the command prints what it did (in English) and exits non-zero on
/// failure.
/// </summary>
public sealed record BackupCommand(string Verb, string Directory, string[] HostArgs)
{
    /// <summary>The command named by the arguments, or null when they start the app.</summary>
    public static BackupCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("backup" or "restore"))
        {
            return null;
        }

        var option = args[0] == "backup" ? "--to" : "--from";
        var at = Array.IndexOf(args, option);
        if (at < 0 || at + 1 >= args.Length)
        {
            throw new ArgumentException($"Usage: Sillage.Web {args[0]} {option} DIR");
        }

        var rest = args.Skip(1).Where((_, i) => i + 1 != at && i + 1 != at + 1).ToArray();
        return new BackupCommand(args[0], Path.GetFullPath(args[at + 1]), rest);
    }

    public async Task<int> RunAsync(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var database = DatabaseArchive.For(configuration);
        var store = services.GetRequiredService<IFileStore>();
        try
        {
            if (Verb == "backup")
            {
                var manifest = await BackupArchive.WriteAsync(database, store, Directory, services.GetRequiredService<TimeProvider>());
                Console.WriteLine($"Backup written to {Directory}: {database.Provider} database, {manifest.Files.Count} files.");
            }
            else
            {
                var manifest = await BackupArchive.RestoreAsync(database, store, Directory);
                Console.WriteLine($"Restored from {Directory}: {database.Provider} database, {manifest.Files.Count} files (checked against their SHA-256).");
            }

            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"{Verb} failed: {e.Message}");
            return 1;
        }
    }
}
