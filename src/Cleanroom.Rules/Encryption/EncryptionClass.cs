namespace Cleanroom.Rules.Encryption;

/// <summary>A column's class as enforced: the declared C3R class, or <see cref="Encrypted"/> when the collaboration forbids cleartext but the column was declared cleartext.</summary>
internal enum EncryptionClass
{
    Cleartext,
    Sealed,
    Fingerprint,

    /// <summary>Encrypted by definition, class unknown: only the uses both sealed and fingerprint columns allow.</summary>
    Encrypted,
}
