using Cleanroom.Server.ProtectedQueries.Wire;

namespace Cleanroom.Server.ProtectedQueries;

/// <summary>
/// The only ways a query can fail once it runs, each with a fixed code and message. Engine messages are never passed
/// on: they quote the values they choke on ("Could not convert string 'x' to INT32"), which would make errors an
/// oracle for other members' data (peers-and-attacks B.6a).
/// </summary>
internal sealed record QueryFailure(string Code, string Message)
{
    public static QueryFailure Cast { get; } = new("CastError", "A value could not be cast to the type the query needs.");

    public static QueryFailure Overflow { get; } = new("OverflowError", "A computation went beyond the range of its type.");

    public static QueryFailure Conversion { get; } = new("ConversionError", "A function of the query could not convert a value.");

    public static QueryFailure Execution { get; } = new("ExecutionError", "The query failed while it ran.");

    public static QueryFailure DataAccess { get; } = new("DataAccessError", "One or more tables referenced by the query could not be read.");

    public static QueryFailure UnsupportedFormat { get; } = new("UnsupportedFormatError", "One of the underlying datasets has an unsupported file format.");

    public static QueryFailure Memory { get; } = new("ResourceLimitError", "The query needed more memory than the server allows a query.");

    public static QueryFailure WorkDisk { get; } = new("ResourceLimitError", "The query's result and temporary data needed more disk space than the server allows a query.");

    public static QueryFailure Delivery { get; } = new("ResultDeliveryError", "The result could not be written to the result location.");

    public static QueryFailure ColumnClass { get; } = new(
        "EncryptedColumnError",
        "A column of an encrypted table holds values of more than one kind (cleartext, sealed or fingerprint).");

    public static QueryFailure ServerStopped { get; } = new("ServerStopped", "The server stopped while the query was running; run it again.");

    public ProtectedQueryError ToWire() => new(Message, Code);
}
