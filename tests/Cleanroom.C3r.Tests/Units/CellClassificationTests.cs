namespace Cleanroom.C3r.Tests;

/// <summary>The cell API the query engine uses to decide which operations an encrypted column allows.</summary>
public sealed class CellClassificationTests
{
    private const string Sealed = "02:enc:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh/1/5P5S6EZ4lfulKS2dtkWwLOfSqMEMSPlWhZ+WTs56j6qr4k=";
    private const string Fingerprint = "02:hmac:DH+P3n1aQheGdHSYDet5CetURuI8HK83mqBvhOwal1I=";

    [Theory]
    [InlineData(Sealed, C3rCellKind.Sealed)]
    [InlineData(Fingerprint, C3rCellKind.Fingerprint)]
    [InlineData(null, C3rCellKind.Cleartext)]
    [InlineData("hello", C3rCellKind.Cleartext)]
    [InlineData("02:hmac:not base64!", C3rCellKind.Cleartext)]
    [InlineData("02:hmac:DH+P3n1aQheGdHSYDet5CetURuI8HK83mqBvhOwal1I", C3rCellKind.Cleartext)]
    [InlineData("01:enc:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh/1/5P5S6EZ4lfulKS2dtkWwLOfSqMEMSPlWhZ+WTs56j6qr4k=", C3rCellKind.Cleartext)]
    [InlineData("02:enc:AAAA", C3rCellKind.Cleartext)]
    [InlineData("02:enc:ñ", C3rCellKind.Cleartext)]
    public void Cells_are_classified_from_their_bytes(string? cell, C3rCellKind kind) => Assert.Equal(kind, C3rCell.Classify(cell));

    [Fact]
    public void Columns_are_classified_from_their_non_null_cells()
    {
        Assert.Equal(C3rColumnKind.Sealed, C3rCell.ClassifyColumn([Sealed, null, Sealed]));
        Assert.Equal(C3rColumnKind.Fingerprint, C3rCell.ClassifyColumn([null, Fingerprint]));
        Assert.Equal(C3rColumnKind.Cleartext, C3rCell.ClassifyColumn([null, "x"]));
        Assert.Equal(C3rColumnKind.Cleartext, C3rCell.ClassifyColumn([]));
        Assert.Equal(C3rColumnKind.Mixed, C3rCell.ClassifyColumn([Sealed, Fingerprint]));
        Assert.Equal(C3rColumnKind.Mixed, C3rCell.ClassifyColumn([Sealed, "plain"]));
    }
}
