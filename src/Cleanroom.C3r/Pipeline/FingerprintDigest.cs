using System.Buffers.Binary;

namespace Cleanroom.C3r;

/// <summary>One fingerprint column's HMAC output, ordered for duplicate detection.</summary>
internal readonly record struct FingerprintDigest(int Column, ulong A, ulong B, ulong C, ulong D) : IComparable<FingerprintDigest>
{
    public const int Size = 36;

    public static FingerprintDigest From(int column, ReadOnlySpan<byte> digest) => new(
        column,
        BinaryPrimitives.ReadUInt64BigEndian(digest),
        BinaryPrimitives.ReadUInt64BigEndian(digest[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(digest[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(digest[24..]));

    public static FingerprintDigest Read(ReadOnlySpan<byte> bytes) =>
        From(BinaryPrimitives.ReadInt32LittleEndian(bytes), bytes[4..]);

    public void Write(Span<byte> bytes)
    {
        BinaryPrimitives.WriteInt32LittleEndian(bytes, Column);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[4..], A);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[12..], B);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[20..], C);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[28..], D);
    }

    public int CompareTo(FingerprintDigest other)
    {
        var c = Column.CompareTo(other.Column);
        if (c != 0)
        {
            return c;
        }

        c = A.CompareTo(other.A);
        if (c != 0)
        {
            return c;
        }

        c = B.CompareTo(other.B);
        if (c != 0)
        {
            return c;
        }

        c = C.CompareTo(other.C);
        return c != 0 ? c : D.CompareTo(other.D);
    }
}
