using System.CommandLine;

namespace Cleanroom.Cli.Commands;

/// <summary>
/// Runs the parsed command line: usage errors exit 2, failures print one line (a stack trace only with
/// <c>--verbose</c>) and exit 1. Signals are left to the server's host so SIGTERM stops it cleanly.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"cleanroom: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'cleanroom --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
        }
        catch (Exception error)
        {
            var verbose = parse.GetValue(CommonOptions.Verbose);
            await Console.Error.WriteLineAsync(verbose ? $"cleanroom: {error}" : $"cleanroom: {error.Message}");
            return ExitCodes.Failure;
        }
    }
}
