using System.Text;

namespace Cleanroom.C3r.Tests;

/// <summary>The bounded shuffle: every row once, uniform order, encrypted spill files that do not outlive it.</summary>
public sealed class RowShufflerTests
{
    [Theory]
    [InlineData(4L * 1024 * 1024, false)]
    [InlineData(16 * 1024L, true)]
    public void Every_row_comes_out_once(long budget, bool spills)
    {
        using var directory = new TempDirectory();
        using var shuffler = new RowShuffler(directory.Path, budget);
        for (var i = 0; i < 5000; i++)
        {
            shuffler.InputFraction = i / 5000.0;
            shuffler.Add(Encoding.ASCII.GetBytes($"row-{i:D6}"));
        }

        Assert.Equal(spills, shuffler.Spilled);

        var rows = new List<string>();
        shuffler.Drain(row => rows.Add(Encoding.ASCII.GetString(row)));
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => $"row-{i:D6}"), rows.Order(StringComparer.Ordinal));
        Assert.NotEqual(rows.Order(StringComparer.Ordinal), rows);
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void Spill_files_hold_only_ciphertext_and_vanish()
    {
        using var directory = new TempDirectory();
        using var key = new System.Security.Cryptography.AesGcm(new byte[32], 16);
        string path;
        using (var spill = new SpillFile(directory.Path, key, 7))
        {
            path = spill.Path;
            for (var i = 0; i < 20_000; i++)
            {
                spill.Add(Encoding.ASCII.GetBytes($"secret-row-{i}"));
            }

            Assert.Equal(20_000, spill.Records(key).Count());
            using var raw = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var bytes = new byte[raw.Length];
            raw.ReadExactly(bytes);
            Assert.True(bytes.Length > 20_000 * 10);
            Assert.DoesNotContain("secret-row", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Spilled_order_is_uniform()
    {
        // Each of 6 rows should land first about 1/6 of the time, also when every run goes through bucket files.
        using var directory = new TempDirectory();
        var firsts = new int[6];
        const int Runs = 1200;
        var padding = new string('x', 6000);
        for (var run = 0; run < Runs; run++)
        {
            using var shuffler = new RowShuffler(directory.Path, 16 * 1024);
            for (var i = 0; i < 6; i++)
            {
                shuffler.Add(Encoding.ASCII.GetBytes($"{i}{padding}"));
            }

            Assert.True(shuffler.Spilled);
            var first = -1;
            shuffler.Drain(row => first = first < 0 ? row[0] - '0' : first);
            firsts[first]++;
        }

        // Expected 200 each; a ±70 band is more than 5 standard deviations wide.
        Assert.All(firsts, count => Assert.InRange(count, 130, 270));
    }
}
