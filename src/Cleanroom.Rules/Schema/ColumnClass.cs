namespace Cleanroom.Rules.Schema;

/// <summary>How a column was prepared with C3R (Cryptographic Computing for Clean Rooms) before upload.</summary>
public enum ColumnClass
{
    /// <summary>Plain values, usable anywhere the analysis rule allows.</summary>
    Cleartext,

    /// <summary>AES-GCM ciphertext with a fresh nonce per row: only projected or counted.</summary>
    Sealed,

    /// <summary>Keyed HMAC: only joined with other fingerprints, counted, or grouped on.</summary>
    Fingerprint,
}
