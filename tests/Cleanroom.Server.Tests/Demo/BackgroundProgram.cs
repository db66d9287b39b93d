using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Cleanroom.Server.Tests.Demo;

/// <summary>
/// A program that keeps running (a server, <c>cleanroom demo --keep</c>): its standard output is read line by line
/// until a line the test waits for; SIGTERM ends it; disposing kills it if it is still running.
/// </summary>
internal sealed class BackgroundProgram : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder stderr = new();
    private readonly StringBuilder stdout = new();

    private BackgroundProgram(Process process) => this.process = process;

    public string Stdout => stdout.ToString();

    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public static BackgroundProgram Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var program = new BackgroundProgram(Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start."));
        program.process.ErrorDataReceived += (_, line) =>
        {
            lock (program.stderr)
            {
                program.stderr.AppendLine(line.Data);
            }
        };
        program.process.BeginErrorReadLine();
        return program;
    }

    /// <summary>Reads standard output until a line matches; returns that line. Fails if the program ends first.</summary>
    public async Task<string> ReadUntilAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            string? line;
            try
            {
                line = await process.StandardOutput.ReadLineAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching line in time.\nstdout: {Stdout}\nstderr: {Stderr}");
            }

            if (line is null)
            {
                await process.WaitForExitAsync(limit.Token);
                throw new InvalidOperationException($"The program exited with {process.ExitCode} first.\nstdout: {Stdout}\nstderr: {Stderr}");
            }

            stdout.AppendLine(line);
            if (match(line))
            {
                return line;
            }
        }
    }

    /// <summary>SIGTERM (what Ctrl-C or a service manager sends), then the exit code once the rest of the output is read.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        stdout.Append(await process.StandardOutput.ReadToEndAsync(limit.Token));
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
