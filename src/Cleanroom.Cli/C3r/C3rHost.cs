namespace Cleanroom.Cli.C3r;

/// <summary>What the commands take from their process: standard input and environment variables (the shared secret, AWS credentials and their files).</summary>
internal sealed record C3rHost(Func<TextReader> Input, Func<string, string?> Environment)
{
    public static C3rHost Process { get; } = new(() => Console.In, System.Environment.GetEnvironmentVariable);
}
