namespace Cleanroom.C3r;

/// <summary>
/// The secret every collaboration member shares; used only as HKDF input keying material.
/// </summary>
public sealed class SharedSecret
{
    public const int MinimumLength = 32;

    private const string SourceHint =
        "(CLI users should inspect the value passed via the `C3R_SHARED_SECRET` environment variable.)";

    private readonly byte[] _bytes;

    private SharedSecret(byte[] bytes) => _bytes = bytes;

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>
    /// Decodes Base64 with the reference client's rules: standard alphabet only, no whitespace,
    /// '=' padding optional but correct when present; at least 32 bytes.
    /// </summary>
    public static SharedSecret FromBase64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = StrictBase64.Decode(text)
            ?? throw new C3rException(
                "Shared secret key could not be decoded from Base64. Please verify that the key material is encoded as Base64. "
                + SourceHint);
        return FromBytes(bytes);
    }

    /// <summary>Uses raw key bytes (at least 32).</summary>
    public static SharedSecret FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < MinimumLength)
        {
            throw new C3rException(
                $"Shared secret key was expected to have at least {MinimumLength} bytes, but was found to contain {bytes.Length} bytes. "
                + SourceHint);
        }

        return new SharedSecret(bytes.ToArray());
    }

    /// <summary>Any length, as the reference SDK's transformers accept; for test vectors only.</summary>
    internal static SharedSecret FromBytesUnchecked(ReadOnlySpan<byte> bytes) => new(bytes.ToArray());
}
