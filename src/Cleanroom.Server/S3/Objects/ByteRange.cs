using System.Globalization;

namespace Cleanroom.Server.S3.Objects;

/// <summary>
/// One HTTP byte range (<c>bytes=a-b</c>, <c>bytes=a-</c>, <c>bytes=-n</c>) resolved against an object's size. As in
/// S3, a header that is not a single well-formed range is ignored (the whole object is returned), and a range that
/// starts past the end is InvalidRange (416).
/// </summary>
internal readonly record struct ByteRange(long Start, long Length)
{
    public long End => Start + Length - 1;

    public static ByteRange? Parse(string? header, long size)
    {
        if (string.IsNullOrEmpty(header) || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase) || header.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var spec = header[6..].Trim();
        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return null;
        }

        var first = spec[..dash];
        var last = spec[(dash + 1)..];
        if (first.Length == 0)
        {
            if (!TryNumber(last, out var suffix))
            {
                return null;
            }

            if (suffix == 0 || size == 0)
            {
                throw S3Errors.InvalidRange();
            }

            var length = Math.Min(suffix, size);
            return new ByteRange(size - length, length);
        }

        if (!TryNumber(first, out var start) || (last.Length > 0 && (!TryNumber(last, out var end) || end < start)))
        {
            return null;
        }

        if (start >= size)
        {
            throw S3Errors.InvalidRange();
        }

        var stop = last.Length == 0 ? size - 1 : Math.Min(long.Parse(last, CultureInfo.InvariantCulture), size - 1);
        return new ByteRange(start, stop - start + 1);
    }

    private static bool TryNumber(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
