namespace Cleanroom.C3r;

/// <summary>The ASCII markers of encrypted cells (spec 16) and their sizes.</summary>
internal static class CellFormat
{
    public const int NonceLength = 32;
    public const int IvLength = 12;
    public const int TagLength = 16;
    public const int HmacLength = 32;

    /// <summary>Every output cell must fit the Glue limit.</summary>
    public const int MaxCellBytes = 16383;

    /// <summary>"02:enc:" plus Base64 of 32 + 44 bytes of HMAC output.</summary>
    public const int FingerprintCellLength = 8 + 44;

    public static ReadOnlySpan<byte> SealedPrefix => "02:enc:"u8;

    public static ReadOnlySpan<byte> FingerprintPrefix => "02:hmac:"u8;

    public static ReadOnlySpan<byte> Version => "02:"u8;

    /// <summary>Length in ASCII characters of a sealed cell holding a padded plaintext of the given length.</summary>
    public static int SealedCellLength(int paddedLength) =>
        SealedPrefix.Length + (4 * ((NonceLength + IvLength + paddedLength + TagLength + 2) / 3));
}
