using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// Finds repeated fingerprints per column (for <c>allowDuplicates = false</c>) in bounded memory: digests are
/// collected and sorted in runs; runs that do not fit are written to temporary files and merged.
/// </summary>
internal sealed class DuplicateFinder : IDisposable
{
    private readonly string _directory;
    private readonly FingerprintDigest[] _buffer;
    private readonly List<SpillFile> _runs = [];
    private readonly AesGcm _runKey = new(RandomNumberGenerator.GetBytes(32), CellFormat.TagLength);
    private readonly SortedSet<int> _duplicated = [];
    private int _count;

    public DuplicateFinder(string temporaryDirectory, long memoryBudget)
    {
        _directory = temporaryDirectory;
        _buffer = new FingerprintDigest[Math.Max(1024, memoryBudget / 40)];
    }

    public void Add(int column, ReadOnlySpan<byte> digest)
    {
        if (_count == _buffer.Length)
        {
            FlushRun();
        }

        _buffer[_count++] = FingerprintDigest.From(column, digest);
    }

    /// <summary>Indices of fingerprint columns holding a repeated value.</summary>
    public IReadOnlyCollection<int> DuplicatedColumns()
    {
        if (_runs.Count == 0)
        {
            SortAndScan();
            return _duplicated;
        }

        FlushRun();
        var queue = new PriorityQueue<IEnumerator<ReadOnlyMemory<byte>>, FingerprintDigest>();
        foreach (var run in _runs)
        {
            var records = run.Records(_runKey).GetEnumerator();
            if (records.MoveNext())
            {
                queue.Enqueue(records, FingerprintDigest.Read(records.Current.Span));
            }
        }

        FingerprintDigest? previous = null;
        while (queue.TryDequeue(out var records, out var digest))
        {
            if (previous == digest)
            {
                _duplicated.Add(digest.Column);
            }

            previous = digest;
            if (records.MoveNext())
            {
                queue.Enqueue(records, FingerprintDigest.Read(records.Current.Span));
            }
        }

        return _duplicated;
    }

    public void Dispose()
    {
        foreach (var run in _runs)
        {
            run.Dispose();
        }

        _runKey.Dispose();
    }

    private void SortAndScan()
    {
        var digests = _buffer.AsSpan(0, _count);
        digests.Sort();
        for (var i = 1; i < digests.Length; i++)
        {
            if (digests[i] == digests[i - 1])
            {
                _duplicated.Add(digests[i].Column);
            }
        }
    }

    private void FlushRun()
    {
        SortAndScan();
        var run = new SpillFile(_directory, _runKey, (uint)_runs.Count);
        Span<byte> bytes = stackalloc byte[FingerprintDigest.Size];
        foreach (var digest in _buffer.AsSpan(0, _count))
        {
            digest.Write(bytes);
            run.Add(bytes);
        }

        _runs.Add(run);
        _count = 0;
    }
}
