using System.Text.Json.Nodes;

namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>What an external tool (aws CLI, a boto3 script, the cleanroom program) did: exit code, output, errors.</summary>
internal sealed record ToolResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Stdout parsed as JSON (null when empty).</summary>
    public JsonNode? Json => string.IsNullOrWhiteSpace(Stdout) ? null : JsonNode.Parse(Stdout);

    public ToolResult EnsureSuccess() =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}");

    public override string ToString() => $"exit {ExitCode}; stdout: {Stdout}; stderr: {Stderr}";
}
