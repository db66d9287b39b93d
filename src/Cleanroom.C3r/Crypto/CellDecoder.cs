namespace Cleanroom.C3r;

/// <summary>
/// Per-cell decryption dispatch on the cell bytes alone (spec 14): sealed cells are opened, fingerprints and
/// cleartext pass through. One instance per worker; not thread-safe.
/// </summary>
internal sealed class CellDecoder : IDisposable
{
    private readonly CellOpener _opener;
    private readonly bool _failOnFingerprint;
    private byte[] _scratch = new byte[1024];

    public CellDecoder(byte[] rootKey, bool failOnFingerprint)
    {
        _opener = new CellOpener(rootKey);
        _failOnFingerprint = failOnFingerprint;
    }

    public enum Outcome
    {
        Cleartext,
        Fingerprint,
        Decrypted,
    }

    /// <summary>
    /// Classifies a non-NULL cell; for sealed cells returns the decoded type, NULL flag and value body.
    /// </summary>
    public Outcome Decode(ReadOnlySpan<byte> cell, out ClientDataType type, out bool isNull, out ReadOnlySpan<byte> body)
    {
        type = ClientDataType.String;
        isNull = false;
        body = default;
        if (cell.Length >= 7 && cell[3..7].SequenceEqual("enc:"u8))
        {
            var encoded = _opener.Open(cell, ref _scratch);
            type = ValueEncoding.TypeOf(encoded[0]);
            isNull = ValueEncoding.IsNull(encoded[0]);
            body = encoded[1..];
            return Outcome.Decrypted;
        }

        if (cell.Length >= 8 && cell[3..8].SequenceEqual("hmac:"u8))
        {
            return _failOnFingerprint
                ? throw new C3rException("Data encrypted for a fingerprint column was found but is forbidden with current settings.")
                : Outcome.Fingerprint;
        }

        return Outcome.Cleartext;
    }

    public void Dispose() => _opener.Dispose();
}
