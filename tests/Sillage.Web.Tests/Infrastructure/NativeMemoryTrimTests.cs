using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sillage.Web.Infrastructure.Memory;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>The app gives glibc's free native memory back to the system on a timer.</summary>
public sealed class NativeMemoryTrimTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public void The_app_runs_the_trim_in_the_background()
    {
        Assert.Single(app.Services.GetServices<IHostedService>().OfType<NativeMemoryTrim>());
    }

    [Fact]
    public void On_linux_glibc_is_asked_to_trim()
    {
        Assert.True(OperatingSystem.IsLinux(), "The test machines run Linux.");
        // malloc_trim is reached (the library and the entry point are found): a wrong name would return false here.
        Assert.True(NativeMemoryTrim.TryTrim());

        // What it gives back: 40 MB written by native code then freed, except one block in eight that keeps the freed
        // ones inside the heap (so that free() itself cannot hand them back), as long-lived allocations do.
        var blocks = Enumerable.Range(0, 1280).Select(_ => Marshal.AllocHGlobal(BlockBytes)).ToList();
        var kept = new List<IntPtr>();
        try
        {
            foreach (var block in blocks)
            {
                Marshal.Copy(new byte[BlockBytes], 0, block, BlockBytes);
            }

            for (var i = 0; i < blocks.Count; i++)
            {
                if (i % 8 == 7)
                {
                    kept.Add(blocks[i]);
                }
                else
                {
                    Marshal.FreeHGlobal(blocks[i]);
                }
            }

            var before = RssAnonKb();
            Assert.True(NativeMemoryTrim.TryTrim());
            var after = RssAnonKb();
            Assert.True(after < before - 10_000, $"malloc_trim gave back {before - after} kB of the ~35,000 freed");
        }
        finally
        {
            kept.ForEach(Marshal.FreeHGlobal);
        }
    }

    private const int BlockBytes = 32 * 1024;

    private static long RssAnonKb() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith("RssAnon:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
}
