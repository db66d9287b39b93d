using System.Buffers.Binary;

namespace Cleanroom.C3r;

/// <summary>How a sealed column hides value lengths (spec 5.1).</summary>
internal enum PadKind
{
    None,
    Fixed,
    Max,
}

/// <summary>A sealed column's padding rule; <see cref="Length"/> is 0..10000 bytes.</summary>
internal sealed record Pad(PadKind Kind, int Length)
{
    public const int MaxLength = 10000;
    public const int MaxPaddedSize = 12000;

    public static Pad NoPadding { get; } = new(PadKind.None, 0);

    /// <summary>The padded size every encoded value is brought to, or null for no padding.</summary>
    public int? Target(int maxEncodedLength) => Kind switch
    {
        PadKind.Fixed => Length,
        PadKind.Max => Length + maxEncodedLength,
        _ => null,
    };

    /// <summary>Checks the target size limit once per column, before any row is processed.</summary>
    public void CheckTarget(string column, int maxEncodedLength)
    {
        if (Target(maxEncodedLength) is int target && target > MaxPaddedSize)
        {
            throw new C3rException(
                $"Error padding values for target column `{column}`: Padding target of {target} bytes exceeds the maximum padded size of {MaxPaddedSize} bytes.");
        }
    }

    /// <summary>
    /// Writes E || zeros || uint16 BE(pad length) and returns its length. The length suffix is present even without padding.
    /// </summary>
    public static int Apply(ReadOnlySpan<byte> encoded, int? target, string column, Span<byte> destination)
    {
        var padLength = target is int t ? t - encoded.Length : 0;
        if (padLength < 0)
        {
            throw new C3rException(
                $"Error padding values for target column `{column}`: No room for padding! Target padding length is {target} bytes but message is already {encoded.Length} bytes long.");
        }

        encoded.CopyTo(destination);
        destination.Slice(encoded.Length, padLength).Clear();
        BinaryPrimitives.WriteInt16BigEndian(destination[(encoded.Length + padLength)..], (short)padLength);
        return encoded.Length + padLength + 2;
    }
}
