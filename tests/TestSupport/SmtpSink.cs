using System.Diagnostics;
using System.Globalization;

namespace ChildSafety.TestSupport;

/// <summary>
/// A real SMTP server on a loopback port (tests/tools/smtp-sink.js, on the npm package smtp-server) that stores
/// every message it receives in <see cref="Mailbox"/>.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;

    private SmtpSink(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
        Mailbox = new Mailbox(folder);
    }

    public int Port { get; }

    public string Folder { get; }

    public Mailbox Mailbox { get; }

    public static async Task<SmtpSink> StartAsync(string folder)
    {
        var tools = Path.Combine(RepositoryRoot.Path, "tests", "tools");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "smtp-server")))
        {
            throw new InvalidOperationException($"{tools}/node_modules is missing: run `npm ci` there (./test.sh does).");
        }
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(tools, "smtp-sink.js"));
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add("0");
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(ready.Token);
        if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
        {
            var error = await process.StandardError.ReadToEndAsync(ready.Token);
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException($"smtp-sink did not start: {line} {error}");
        }
        return new SmtpSink(process, int.Parse(line["listening ".Length..], CultureInfo.InvariantCulture), folder);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing its input is the sink's signal to stop; a sink that does not is ended.
        _process.StandardInput.Close();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
