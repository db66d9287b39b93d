namespace Cleanroom.Server.ProtectedQueries.Wire;

/// <summary>Why a query failed: a fixed code and message per kind of failure, never an engine message (they quote data).</summary>
internal sealed record ProtectedQueryError(string Message, string Code);
