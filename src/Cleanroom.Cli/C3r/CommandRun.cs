using System.CommandLine;
using Spectre.Console;

namespace Cleanroom.Cli.C3r;

/// <summary>
/// Long runs show a progress bar when standard error is a terminal. (Failures are not handled here: the commands
/// throw, and the program prints one line as for every other command.)
/// </summary>
internal static class CommandRun
{
    private const long ProgressThresholdBytes = 32L * 1024 * 1024;

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
