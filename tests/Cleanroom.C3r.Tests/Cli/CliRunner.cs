using System.CommandLine;
using Cleanroom.Cli.C3r;

namespace Cleanroom.C3r.Tests;

/// <summary>Runs <c>cleanroom c3r ...</c> in-process with given standard input and environment.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(string? stdin, Dictionary<string, string> environment, params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(C3rCommand.Create(new C3rHost(() => new StringReader(stdin ?? string.Empty), name => environment.GetValueOrDefault(name))));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(["c3r", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    public static Dictionary<string, string> Secret(string base64) => new() { ["C3R_SHARED_SECRET"] = base64 };
}
