using System.Text;

namespace Cleanroom.C3r.Tests;

/// <summary>Random test values that stress the format: empty, NULL, multi-byte UTF-8, CSV specials, long values.</summary>
internal sealed class GeneratedData(int seed)
{
    private static readonly string[] Pieces = ["a", "Z", "0", " ", ",", "\"", "\n", "#", "é", "日本", "🙂", "\t", "null", "-", "'"];

    private readonly Random _random = new(seed);

    public string Text(int maxPieces)
    {
        var builder = new StringBuilder();
        var count = _random.Next(0, maxPieces + 1);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[_random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A string of exactly <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static string OfUtf8Length(int bytes) => new string('é', bytes / 2) + new string('x', bytes % 2);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Next(int max) => _random.Next(max);

    public Random Random => _random;
}
