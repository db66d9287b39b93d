namespace Cleanroom.Cli.Client;

/// <summary>An AWS API call the server answered with an error: the operation, the error code and its message.</summary>
internal sealed class AwsCallException(string operation, string code, string detail)
    : Exception($"{operation} failed: {code}: {detail}")
{
    public string Code { get; } = code;
}
