namespace Cleanroom.Server.ProtectedQueries;

/// <summary>
/// The <c>ProtectedQueryStatus</c> values. SUBMITTED → STARTED → SUCCESS | FAILED | TIMED_OUT; a cancel moves
/// SUBMITTED or STARTED to CANCELLING, then CANCELLED. SUBMITTED, STARTED and CANCELLING are ongoing: they count
/// against the membership's quota of concurrent queries.
/// </summary>
internal static class ProtectedQueryStatus
{
    public const string Submitted = "SUBMITTED";
    public const string Started = "STARTED";
    public const string Cancelling = "CANCELLING";
    public const string Cancelled = "CANCELLED";
    public const string Failed = "FAILED";
    public const string Success = "SUCCESS";
    public const string TimedOut = "TIMED_OUT";

    /// <summary>For SQL: <c>status IN (…)</c>.</summary>
    public const string OngoingList = "'SUBMITTED', 'STARTED', 'CANCELLING'";

    public static bool IsOngoing(string status) => status is Submitted or Started or Cancelling;
}
