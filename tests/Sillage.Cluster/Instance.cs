using System.Diagnostics;

namespace Sillage.Cluster;

/// <summary>One published Sillage instance, started as an operator would (<c>dotnet Sillage.Web.dll</c>), its output
/// kept in a log file. Stopped gracefully with SIGTERM (as systemd does), or killed with SIGKILL.</summary>
public sealed class Instance(string name, int port, Settings settings) : IDisposable
{
    private Process? _process;
    private StreamWriter? _log;

    /// <summary>What the balancer checks (SILLAGE_CLUSTER_READY_PATH overrides it to try the check on an older build).</summary>
    public static string ReadyPath => Environment.GetEnvironmentVariable("SILLAGE_CLUSTER_READY_PATH") ?? "/health/ready";

    public string Name => name;
    public int Port => port;
    public string Url => $"http://127.0.0.1:{port}";
    public string LogPath => Path.Combine(settings.Work, $"instance-{name}.log");
    public bool Running => _process is { HasExited: false };

    public void Start(string database, bool demo, IDictionary<string, string>? extra = null)
    {
        var info = new ProcessStartInfo("dotnet", demo ? ["Sillage.Web.dll", "--demo"] : ["Sillage.Web.dll"])
        {
            WorkingDirectory = settings.App, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (key, value) in settings.InstanceEnvironment(name, port, database))
        {
            info.Environment[key] = value;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        _process?.Dispose();
        _log?.Dispose();
        _log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        _log.WriteLine($"--- start {DateTime.UtcNow:O} (database {database}{(demo ? ", demo" : "")})");
        var log = _log;
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits for 200 on /health/ready; false when the process exits or the time runs out.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (!Running)
            {
                return false;
            }

            try
            {
                if ((await http.GetAsync(Url + ReadyPath)).IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        return false;
    }

    /// <summary>SIGTERM, then waits for the exit (the host drains requests and requeues its jobs).</summary>
    public async Task<bool> StopAsync(TimeSpan timeout)
    {
        if (!Running)
        {
            return true;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process!.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        // HasExited, not WaitForExitAsync: the latter also waits for the end of the output, which a child would hold.
        var until = DateTime.UtcNow + timeout;
        while (!_process.HasExited && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        var exited = _process.HasExited;
        Kill();
        return exited;
    }

    /// <summary>SIGKILL to the instance and its children (the PDF printer's Chromium): no shutdown at all, as a crashed
    /// machine. (A child left alive would also keep the output pipe open, and waiting for the exit would never end.)</summary>
    public void Kill()
    {
        if (_process is not null)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone, children included.
            }

            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        _log?.Dispose();
    }

    public string ReadLog()
    {
        lock (_log ?? new object())
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }
    }
}
