using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>
/// The <c>cleanroom serve</c> program as a separate process on a data directory; it can be SIGKILLed and
/// restarted on the same directory to test durability.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private Process? process;

    private ServerProcess(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    public string Url { get; private set; } = string.Empty;

    public static async Task<ServerProcess> StartAsync(string dataDirectory)
    {
        var server = new ServerProcess(dataDirectory);
        await server.LaunchAsync();
        return server;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or power loss of the process.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async Task RestartAsync()
    {
        await KillAsync();
        await LaunchAsync();
    }

    /// <summary>SIGTERM, then wait for a clean exit; returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        var running = process ?? throw new InvalidOperationException("Not started.");
        using var kill = Process.Start("kill", ["-TERM", running.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await running.WaitForExitAsync(limit.Token);
        return running.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
    }

    private async Task LaunchAsync()
    {
        process?.Dispose();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CleanroomProgram.Assembly, "serve", "--data-dir", DataDirectory, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("cleanroom serve did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(limit.Token)
                ?? throw new InvalidOperationException($"cleanroom serve exited with {process.ExitCode} before listening.");
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                Url = match.Groups[1].Value;
                break;
            }
        }

        // Keep draining stdout so the child never blocks on a full pipe.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
    }

    [GeneratedRegex(@"^Cleanroom listening on (http://\S+)")]
    private static partial Regex ListeningLine();
}
