using System.Runtime.InteropServices;

namespace Sillage.Web.Infrastructure.Memory;

/// <summary>
/// Gives the C library's free memory back to the system every <c>Memory:TrimSeconds</c> (60 by default; 0 turns it
/// off). On Linux, glibc's allocator keeps the memory that native code freed — the JIT compiling the hot methods again
/// in the first minutes, SQLite, OpenSSL — in per-thread arenas for later use, and counts it in the process's RSS for
/// good: 20–25 MB after the load bench (docs/benchmarks.md). <c>malloc_trim(0)</c> returns those free pages (it walks
/// the arenas' free lists: once a minute, not per request). Elsewhere (another C library, another system) it does
/// nothing.
/// </summary>
internal sealed class NativeMemoryTrim(TimeProvider clock, IConfiguration configuration, ILogger<NativeMemoryTrim> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Memory:TrimSeconds", 60);
        if (seconds <= 0 || !OperatingSystem.IsLinux())
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!TryTrim())
            {
                logger.LogInformation("The C library has no malloc_trim (not glibc): native memory is left as it is.");
                return;
            }
        }
    }

    /// <summary>Returns the C library's free memory to the system; false where there is no glibc to ask.</summary>
    public static bool TryTrim()
    {
        try
        {
            _ = MallocTrim(0); // 1 when it returned memory, 0 when there was none to return: both are fine
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // A blittable call: LibraryImport would generate the same, but needs unsafe code allowed in the whole project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054
}
