namespace Sillage.Web.Tests;

/// <summary>The repository's source files, for the tests that scan them (request addresses, the school clock).</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every line of the .cs and .cshtml files under src/ (build output and EF's generated compiled models
    /// left out), with the file's path from the repository root, '/'-separated.</summary>
    public static IEnumerable<(string File, int Line, string Text)> SourceLines() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}CompiledModels{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (Path.GetRelativePath(Root, f).Replace('\\', '/'), i + 1, line)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sillage.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Sillage.slnx) not found.");
    }
}
