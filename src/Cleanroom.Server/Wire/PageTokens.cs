using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Cleanroom.Server.Accounts;

namespace Cleanroom.Server.Wire;

/// <summary>
/// Opaque, tamper-evident <c>nextToken</c>s: the offset plus an HMAC over the offset and the list's scope
/// (operation, caller, filters), so a token is only valid for the listing that issued it.
/// </summary>
internal sealed class PageTokens(MasterKey masterKey)
{
    public const int DefaultMaxResults = 100;
    private const int MacSize = 16;
    private readonly byte[] key = masterKey.Derive("cleanroom/page-token");

    public PageRequest Start(string scope, int? maxResults, string? nextToken) =>
        new(scope, nextToken is null ? 0 : Decode(scope, nextToken), maxResults ?? DefaultMaxResults);

    /// <summary>Trims the over-fetched row and issues the next token when more rows exist.</summary>
    public Page<T> Complete<T>(PageRequest request, IReadOnlyList<T> fetched)
    {
        if (fetched.Count <= request.Limit)
        {
            return new Page<T>(fetched, null);
        }

        var next = request.Offset + request.Limit;
        return new Page<T>(fetched.Take(request.Limit).ToArray(), Encode(request.Scope, next));
    }

    private string Encode(string scope, int offset)
    {
        var token = new byte[4 + MacSize];
        BinaryPrimitives.WriteInt32BigEndian(token, offset);
        Mac(scope, offset).AsSpan(0, MacSize).CopyTo(token.AsSpan(4));
        return Convert.ToBase64String(token).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private int Decode(string scope, string token)
    {
        var bytes = TryFromBase64Url(token);
        if (bytes is not { Length: 4 + MacSize })
        {
            throw Invalid();
        }

        var offset = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (offset < 0 || !CryptographicOperations.FixedTimeEquals(bytes.AsSpan(4), Mac(scope, offset).AsSpan(0, MacSize)))
        {
            throw Invalid();
        }

        return offset;
    }

    private byte[] Mac(string scope, int offset) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{scope}\n{offset}"));

    private static byte[]? TryFromBase64Url(string token)
    {
        var text = token.Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    private static ApiException Invalid() =>
        ApiException.Validation("The nextToken is invalid or belongs to another listing.", new FieldError("nextToken", "Invalid pagination token"));
}
