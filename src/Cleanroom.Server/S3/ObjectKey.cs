using System.Text;

namespace Cleanroom.Server.S3;

/// <summary>Object keys: 1–1024 bytes of UTF-8, compared and listed in byte order.</summary>
internal static class ObjectKey
{
    public const int MaxBytes = 1024;

    public static string Check(string key) =>
        Encoding.UTF8.GetByteCount(key) > MaxBytes ? throw S3Errors.KeyTooLong() : key;

    /// <summary>S3's key order: UTF-8 bytes (code points), not UTF-16 code units.</summary>
    public static int Compare(string left, string right) =>
        Encoding.UTF8.GetBytes(left).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(right));

    /// <summary>
    /// The smallest string greater than every string that starts with <paramref name="prefix"/> (code-point order,
    /// which is UTF-8 byte order); null when there is none. Used to skip a whole common prefix in one step.
    /// </summary>
    public static string? Successor(string prefix)
    {
        var runes = prefix.EnumerateRunes().ToList();
        while (runes.Count > 0)
        {
            var next = runes[^1].Value + 1;
            runes.RemoveAt(runes.Count - 1);
            if (next == 0xD800)
            {
                next = 0xE000;
            }

            if (next <= 0x10FFFF)
            {
                runes.Add(new Rune(next));
                return string.Concat(runes);
            }
        }

        return null;
    }
}
