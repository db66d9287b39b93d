using System.Buffers;
using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// Puts output rows in a uniformly random order with bounded memory. Rows are kept in memory while they fit the
/// budget; past it, every row goes to a uniformly chosen bucket file, and each bucket is then shuffled in memory
/// (or split again if it is still too large). This scatter-then-shuffle (Rao–Sandelius) yields a uniform
/// permutation; all randomness comes from the OS CSPRNG. While one bucket is written, the next is read and
/// shuffled on another thread. Every shuffler has its own spill key, so no key is shared between threads.
/// </summary>
internal sealed class RowShuffler : IDisposable
{
    private const int MaxBuckets = 256;

    // Loaded buckets waiting to be written; with the one being written, at most three buckets are in memory.
    private const int LoadAhead = 2;

    private readonly string _directory;
    private readonly long _budget;
    private readonly int _chunkSize;
    private readonly SecureRandom _random = new();
    private readonly byte[] _spillKeyBytes = RandomNumberGenerator.GetBytes(32);
    private readonly AesGcm _spillKey;
    private readonly List<byte[]> _chunks = [];
    private readonly List<(int Chunk, int Offset, int Length)> _rows = [];
    private uint _nextFileId;
    private int _chunkUsed;
    private long _memoryBytes;
    private SpillFile[]? _buckets;

    public RowShuffler(string temporaryDirectory, long memoryBudget)
    {
        _directory = temporaryDirectory;
        _budget = Math.Max(memoryBudget, 16 * 1024);
        _chunkSize = (int)Math.Clamp(_budget / 8, 4096, 1 << 20);
        _chunkUsed = _chunkSize;
        _spillKey = new AesGcm(_spillKeyBytes, CellFormat.TagLength);
    }

    /// <summary>Fraction of the input read so far (0..1), used to size the buckets when spilling.</summary>
    public double InputFraction { get; set; }

    /// <summary>Rows added so far.</summary>
    public long Count { get; private set; }

    /// <summary>True once rows have gone to temporary files.</summary>
    public bool Spilled => _buckets is not null;

    public void Add(ReadOnlySpan<byte> record)
    {
        Count++;
        if (_buckets is not null)
        {
            _buckets[_random.Below(_buckets.Length)].Add(record);
            return;
        }

        if (_chunks.Count == 0 || _chunkUsed + record.Length > _chunks[^1].Length)
        {
            // Chunks are pooled: the same memory serves the fill phase and every bucket's shuffle.
            _chunks.Add(ArrayPool<byte>.Shared.Rent(Math.Max(_chunkSize, record.Length)));
            _chunkUsed = 0;
        }

        var chunk = _chunks[^1];
        record.CopyTo(chunk.AsSpan(_chunkUsed));
        _rows.Add((_chunks.Count - 1, _chunkUsed, record.Length));
        _chunkUsed += record.Length;
        _memoryBytes += record.Length + 16;
        if (_memoryBytes > _budget)
        {
            Spill(EstimateTotal());
        }
    }

    /// <summary>Hands every row to <paramref name="write"/> in random order, then frees everything.</summary>
    public void Drain(Action<ReadOnlySpan<byte>> write)
    {
        if (_buckets is null)
        {
            var order = _rows.ToArray();
            _random.Shuffle(order.AsSpan());
            foreach (var (chunk, offset, length) in order)
            {
                write(_chunks[chunk].AsSpan(offset, length));
            }

            ReleaseMemory();
            return;
        }

        // Buckets are loaded ahead on other threads (read and decrypted), so loading overlaps with writing; they
        // are still written in bucket order, so the output order depends only on the random labels.
        var buckets = _buckets;
        foreach (var bucket in buckets)
        {
            bucket.Flush();
        }

        var loads = new Queue<Task<RowShuffler>>();
        var started = 0;
        try
        {
            for (var i = 0; i < buckets.Length; i++)
            {
                while (started < buckets.Length && loads.Count < LoadAhead)
                {
                    var bucket = buckets[started++];
                    loads.Enqueue(Task.Run(() => Load(bucket)));
                }

                using var inner = loads.Dequeue().GetAwaiter().GetResult();
                inner.Drain(write);
            }
        }
        finally
        {
            // On failure, wait for loads still running so no thread touches a bucket after Dispose.
            foreach (var pending in loads)
            {
                try
                {
                    pending.Wait();
                    pending.Result.Dispose();
                }
                catch (AggregateException)
                {
                }
            }
        }

        _buckets = null;
    }

    public void Dispose()
    {
        if (_buckets is not null)
        {
            foreach (var bucket in _buckets)
            {
                bucket.Dispose();
            }
        }

        ReleaseMemory();
        _spillKey.Dispose();
        CryptographicOperations.ZeroMemory(_spillKeyBytes);
    }

    /// <summary>Reads a bucket into a new shuffler (which splits it again should it still be too large).</summary>
    private RowShuffler Load(SpillFile bucket)
    {
        // Buckets load on several threads at once, each with its own instance of the spill key.
        using (bucket)
        using (var key = new AesGcm(_spillKeyBytes, CellFormat.TagLength))
        {
            var inner = new RowShuffler(_directory, _budget)
            {
                // The bucket's size, for sizing a second split.
                InputFraction = Math.Min(1, _budget / (double)Math.Max(1, bucket.RecordBytes)),
            };
            foreach (var record in bucket.Records(key))
            {
                inner.Add(record.Span);
            }

            return inner;
        }
    }

    private long EstimateTotal() =>
        InputFraction > 0.001 ? (long)(_memoryBytes / Math.Min(1, InputFraction)) : _memoryBytes * 4;

    private void Spill(long expectedBytes)
    {
        // Aim for buckets of half the budget so the randomness of bucket sizes rarely forces a second split.
        var count = (int)Math.Clamp((expectedBytes / (_budget / 2)) + 1, 2, MaxBuckets);
        var buckets = new SpillFile[count];
        for (var i = 0; i < count; i++)
        {
            buckets[i] = new SpillFile(_directory, _spillKey, _nextFileId++);
        }

        foreach (var (chunk, offset, length) in _rows)
        {
            buckets[_random.Below(count)].Add(_chunks[chunk].AsSpan(offset, length));
        }

        ReleaseMemory();
        _buckets = buckets;
    }

    private void ReleaseMemory()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
        _rows.Clear();
        _rows.TrimExcess();
        _chunkUsed = _chunkSize;
        _memoryBytes = 0;
    }
}
