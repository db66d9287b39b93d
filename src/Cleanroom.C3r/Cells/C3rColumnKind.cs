namespace Cleanroom.C3r;

/// <summary>What a whole column holds, from the kinds of its non-NULL cells.</summary>
public enum C3rColumnKind
{
    /// <summary>No encrypted cell (an empty or all-NULL column is cleartext too).</summary>
    Cleartext,

    /// <summary>Every non-NULL cell is sealed.</summary>
    Sealed,

    /// <summary>Every non-NULL cell is a fingerprint.</summary>
    Fingerprint,

    /// <summary>Encrypted cells mixed with cells of another kind: not a column the reference client writes.</summary>
    Mixed,
}
