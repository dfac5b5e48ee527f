using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChildSafety.TestSupport;

/// <summary>
/// The real site as a separate operating-system process (the ChildSafety.Site.dll built beside the tests), so that
/// it can be killed outright, and its command-line commands (backup, restore) run as an administrator runs them.
/// Settings go in as environment variables (<c>Site__DataPath</c>).
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    // A bound for a stuck process, not a timing expectation: a fresh demo site on a busy machine takes a while.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly StringBuilder _output;

    private SiteProcess(Process process, StringBuilder output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the site on a free loopback port and waits until /health answers.</summary>
    public static async Task<SiteProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var output = new StringBuilder();
        var process = Launch(settings, [$"--urls=http://127.0.0.1:{port}"], output);
        var site = new SiteProcess(process, output, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with {process.ExitCode}:\n{site.Output}");
            }
            try
            {
                using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return site;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                await site.DisposeAsync();
                throw new InvalidOperationException($"The site did not answer /health within {Patience}:\n{site.Output}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Runs a command such as <c>backup FILE</c> to its end; its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = Launch(settings, arguments, output);
        using var timeout = new CancellationTokenSource(Patience * 2);
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as a power cut or the out-of-memory killer would stop it.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }

    private static Process Launch(IReadOnlyDictionary<string, string?> settings, IEnumerable<string> arguments, StringBuilder output)
    {
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "ChildSafety.Site.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
