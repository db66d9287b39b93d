namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>Why a job was interrupted; the first reason given wins.</summary>
internal enum CancelReason
{
    None,
    User,
    TimeLimit,
    Stopping,
}
