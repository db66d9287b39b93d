using System.CommandLine;
using Cleanroom.Cli.C3r;

namespace Cleanroom.C3r.Tests;

/// <summary>
/// Runs <c>cleanroom c3r ...</c> in-process with given standard input and environment. As in the program, a usage
/// error is exit code 2 and a failure (the command throws) exit code 1; <c>Error</c> then holds the messages (the
/// program prefixes each with <c>cleanroom: </c>, which the tests of the built program check).
/// </summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(string? stdin, Dictionary<string, string> environment, params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(C3rCommand.Create(new C3rHost(() => new StringReader(stdin ?? string.Empty), name => environment.GetValueOrDefault(name))));
        var parse = root.Parse(["c3r", .. args]);
        if (parse.Errors.Count > 0)
        {
            return (2, string.Empty, string.Join('\n', parse.Errors.Select(error => error.Message)));
        }

        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            return (code, output.ToString(), error.ToString());
        }
        catch (Exception failure)
        {
            error.Write(failure.Message);
            return (1, output.ToString(), error.ToString());
        }
    }

    public static Dictionary<string, string> Secret(string base64) => new() { ["C3R_SHARED_SECRET"] = base64 };
}
