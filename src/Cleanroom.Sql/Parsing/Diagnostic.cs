namespace Cleanroom.Sql.Parsing;

/// <summary>Why a query was rejected, and where. The message never quotes literal values from the query.</summary>
public sealed record Diagnostic(string Message, int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
