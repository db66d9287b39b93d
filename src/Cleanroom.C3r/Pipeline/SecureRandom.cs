using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// Uniform random integers from the operating system's CSPRNG, buffered to make per-row draws cheap.
/// One instance per thread.
/// </summary>
internal sealed class SecureRandom
{
    private readonly byte[] _buffer = new byte[4096];
    private int _position = 4096;

    /// <summary>Uniform in [0, bound) without modulo bias (Lemire's multiply-and-reject).</summary>
    public int Below(int bound)
    {
        if (bound <= 1)
        {
            return 0;
        }

        var range = (uint)bound;
        var threshold = (0u - range) % range;
        while (true)
        {
            var product = (ulong)NextUInt32() * range;
            if ((uint)product >= threshold)
            {
                return (int)(product >> 32);
            }
        }
    }

    public void Fill(Span<byte> destination) => RandomNumberGenerator.Fill(destination);

    /// <summary>Fisher–Yates shuffle of indices.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private uint NextUInt32()
    {
        if (_position + 4 > _buffer.Length)
        {
            RandomNumberGenerator.Fill(_buffer);
            _position = 0;
        }

        var value = BitConverter.ToUInt32(_buffer, _position);
        _position += 4;
        return value;
    }
}
