using System.Security.Cryptography;
using System.Text;

namespace Cleanroom.C3r;

/// <summary>
/// Keys derived from the shared secret and collaboration salt (HKDF-SHA256, RFC 5869).
/// </summary>
internal sealed class KeyMaterial
{
    private static readonly byte[] RootInfo = "c3r-encryption-primary-aes-gcm-256"u8.ToArray();
    private static readonly byte[] ColumnInfoPrefix = "c3r-hmac-sha256-col-"u8.ToArray();

    private readonly byte[] _secret;
    private readonly byte[] _salt;

    public KeyMaterial(SharedSecret secret, byte[] salt)
    {
        _secret = secret.Bytes.ToArray();
        _salt = salt;
        RootKey = Derive(RootInfo);
    }

    /// <summary>The AES root key; every row key is SHA-256(root || row nonce).</summary>
    public byte[] RootKey { get; }

    public static KeyMaterial ForCollaboration(SharedSecret secret, string collaborationId)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return new(secret, CollaborationSalt.Bytes(CollaborationSalt.Canonical(collaborationId)));
    }

    /// <summary>
    /// The HMAC key of one fingerprint column. With joins across differently named columns allowed it is
    /// the root key itself (the reference derives it with the same info string).
    /// </summary>
    public byte[] FingerprintKey(string targetHeader, bool allowJoinsOnColumnsWithDifferentNames)
    {
        if (allowJoinsOnColumnsWithDifferentNames)
        {
            return RootKey;
        }

        var name = Encoding.UTF8.GetBytes(targetHeader);
        return Derive([.. ColumnInfoPrefix, .. name]);
    }

    private byte[] Derive(byte[] info) => HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, _salt, info);
}
