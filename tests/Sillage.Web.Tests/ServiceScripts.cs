using System.Diagnostics;

namespace Sillage.Web.Tests;

/// <summary>The scripts that start and stop the throwaway servers the tests use (scripts/s3, scripts/oidc).</summary>
public static class ServiceScripts
{
    /// <summary>Runs <c>scripts/NAME ACTION DIRECTORY</c>; what it printed (the server's address), or an exception with its errors.</summary>
    public static string Run(string script, string action, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(Path.Combine(SourceTree.Root, "scripts", script), [action, directory])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"scripts/{script} {action} failed: {error}");
    }
}
