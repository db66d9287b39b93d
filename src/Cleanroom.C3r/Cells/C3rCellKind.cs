namespace Cleanroom.C3r;

/// <summary>What a single cell holds, judged from its bytes alone.</summary>
public enum C3rCellKind
{
    /// <summary>Anything that is not a C3R encrypted value (including NULL).</summary>
    Cleartext,

    /// <summary>A <c>02:enc:</c> AES-GCM value: may be selected and returned, never compared or aggregated.</summary>
    Sealed,

    /// <summary>A <c>02:hmac:</c> HMAC value: may be joined, grouped and counted.</summary>
    Fingerprint,
}
