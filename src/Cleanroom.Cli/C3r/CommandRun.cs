using System.CommandLine;
using Cleanroom.C3r;
using Spectre.Console;

namespace Cleanroom.Cli.C3r;

/// <summary>
/// Runs a command body: failures become one line on standard error and exit code 1, never a stack trace; long runs
/// show a progress bar when standard error is a terminal.
/// </summary>
internal static class CommandRun
{
    private const long ProgressThresholdBytes = 32L * 1024 * 1024;

    public static int Guarded(ParseResult result, Func<TextWriter, int> body)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        try
        {
            return body(output);
        }
        catch (C3rException e)
        {
            error.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"error: {e.Message}");
        }

        return 1;
    }

    /// <summary>Runs <paramref name="work"/>, with a progress bar for large inputs on an interactive terminal.</summary>
    public static T WithProgress<T>(ParseResult result, string inputPath, string label, Func<IProgress<double>?, T> work)
    {
        var interactive = !Console.IsErrorRedirected && ReferenceEquals(result.InvocationConfiguration.Error, Console.Error);
        if (!interactive || !File.Exists(inputPath) || new FileInfo(inputPath).Length < ProgressThresholdBytes)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(context =>
        {
            var task = context.AddTask(label, maxValue: 1.0);
            return work(new Progress<double>(fraction => task.Value = fraction));
        });
    }
}
