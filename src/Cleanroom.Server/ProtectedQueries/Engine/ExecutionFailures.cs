using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// Maps an engine error to a fixed failure by its kind alone. The engine's message is read only to tell kinds apart
/// that share an error type (the class guard, CSV and file errors); it is never stored, logged or returned.
/// </summary>
internal static class ExecutionFailures
{
    public static QueryFailure Of(DuckDBException error)
    {
        var message = error.Message;
        if (message.Contains(TableViews.ClassGuardError, StringComparison.Ordinal))
        {
            return QueryFailure.ColumnClass;
        }

        if (message.StartsWith("IO Error", StringComparison.Ordinal) || message.Contains("CSV Error", StringComparison.Ordinal) || message.Contains("parquet", StringComparison.OrdinalIgnoreCase))
        {
            return QueryFailure.DataAccess;
        }

        return error.ErrorType switch
        {
            DuckDBErrorType.Conversion => QueryFailure.Cast,
            DuckDBErrorType.OutOfRange or DuckDBErrorType.DivideByZero or DuckDBErrorType.Decimal => QueryFailure.Overflow,
            DuckDBErrorType.InvalidInput => QueryFailure.Conversion,
            DuckDBErrorType.OutOfMemory => QueryFailure.Memory,
            DuckDBErrorType.Io or DuckDBErrorType.Permission => QueryFailure.DataAccess,
            _ => QueryFailure.Execution,
        };
    }
}
