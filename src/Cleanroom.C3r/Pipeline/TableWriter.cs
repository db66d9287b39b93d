namespace Cleanroom.C3r;

/// <summary>Writes output rows (as produced by a <see cref="RecordFormat"/>) to the output file.</summary>
internal abstract class TableWriter : IDisposable
{
    public abstract RecordFormat Format { get; }

    public abstract void WriteRecord(ReadOnlySpan<byte> record);

    /// <summary>Writes many consecutive records at once (order kept).</summary>
    public abstract void WriteRecords(ReadOnlySpan<byte> records, ReadOnlySpan<int> ends);

    /// <summary>Flushes everything; the file is complete afterwards.</summary>
    public abstract void Complete();

    public abstract void Dispose();
}
