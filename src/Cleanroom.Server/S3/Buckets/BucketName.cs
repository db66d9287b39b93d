using System.Net;

namespace Cleanroom.Server.S3.Buckets;

/// <summary>S3's general-purpose bucket naming rules: 3–63 characters, DNS-compatible, not an IP address, no reserved affixes.</summary>
internal static class BucketName
{
    private static readonly string[] ReservedPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"];
    private static readonly string[] ReservedSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

    public static bool IsValid(string name) =>
        name.Length is >= 3 and <= 63
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-')
        && char.IsAsciiLetterOrDigit(name[0])
        && char.IsAsciiLetterOrDigit(name[^1])
        && !name.Contains("..", StringComparison.Ordinal)
        && !name.Contains(".-", StringComparison.Ordinal)
        && !name.Contains("-.", StringComparison.Ordinal)
        && !(IPAddress.TryParse(name, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && name.Count(c => c == '.') == 3)
        && !ReservedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))
        && !ReservedSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal));
}
