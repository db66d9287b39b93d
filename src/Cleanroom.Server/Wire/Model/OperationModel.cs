namespace Cleanroom.Server.Wire.Model;

/// <summary>One operation of the service model: its HTTP binding, input shape and declared errors.</summary>
internal sealed record OperationModel(string Name, string Method, string Uri, int Status, string Input, IReadOnlyList<string> Errors)
{
    public bool Declares(string error) => Errors.Contains(error, StringComparer.Ordinal);
}
