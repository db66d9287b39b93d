using System.Security.Cryptography;
using System.Text;

namespace Cleanroom.Server.Auth;

/// <summary>The SigV4 primitives: key derivation, HMAC and hex SHA-256.</summary>
internal static class SigV4
{
    public static readonly string EmptyHash = Hash(ReadOnlySpan<byte>.Empty);

    public static byte[] SigningKey(string secret, string date, string region, string service)
    {
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secret), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        return Hmac(key, "aws4_request");
    }

    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{AuthorizationHeader.Algorithm}\n{amzDate}\n{scope}\n{Hash(Encoding.UTF8.GetBytes(canonicalRequest))}";

    public static string Sign(byte[] signingKey, string stringToSign) => Convert.ToHexStringLower(Hmac(signingKey, stringToSign));

    public static string Hash(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>Compares hex signatures without leaking the position of the first difference.</summary>
    public static bool SignaturesEqual(string expected, string provided) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(provided));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
