using System.Globalization;

namespace Cleanroom.Server.QueryLogs;

/// <summary>
/// A place in time order: (timestamp, stream, sequence). Tokens are digit strings like CloudWatch's, prefixed
/// <c>f/</c> or <c>b/</c> for GetLogEvents (forward after / backward before the position). A token only positions
/// a read of the caller's own group, so it needs no secrecy.
/// </summary>
internal readonly record struct EventPosition(long Time, long StreamId, long Sequence)
{
    /// <summary>Before every event (sequences start at 1, timestamps at 0).</summary>
    public static readonly EventPosition Head = new(0, 0, 0);

    /// <summary>After every event.</summary>
    public static readonly EventPosition Tail = new(long.MaxValue, long.MaxValue, long.MaxValue);

    public string ToDigits() => string.Create(CultureInfo.InvariantCulture, $"{Time:D19}{StreamId:D19}{Sequence:D19}");

    public static EventPosition? FromDigits(string digits) =>
        digits.Length == 57 && digits.All(char.IsAsciiDigit)
        && long.TryParse(digits.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var time)
        && long.TryParse(digits.AsSpan(19, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var stream)
        && long.TryParse(digits.AsSpan(38, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new EventPosition(time, stream, sequence)
            : null;
}
