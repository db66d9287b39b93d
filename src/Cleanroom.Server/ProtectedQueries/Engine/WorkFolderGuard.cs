namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// Interrupts a query whose work folder outgrows its limit. DuckDB caps its own spill files, but not what a COPY
/// writes, and a CROSS JOIN's result could otherwise fill the disk every member's data lives on. The folder is
/// measured a few times a second, so it may pass the limit by what the query writes in that time.
/// </summary>
internal sealed class WorkFolderGuard : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(200);
    private static readonly EnumerationOptions AllFiles = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    private readonly string folder;
    private readonly long limitBytes;
    private readonly Action interrupt;
    private readonly Timer timer;
    private int exceeded;

    public WorkFolderGuard(string folder, long limitBytes, Action interrupt)
    {
        this.folder = folder;
        this.limitBytes = limitBytes;
        this.interrupt = interrupt;
        timer = new Timer(_ => Check(), null, Period, Period);
    }

    public bool Exceeded => Volatile.Read(ref exceeded) == 1;

    public void Dispose() => timer.Dispose();

    private void Check()
    {
        if (Exceeded)
        {
            return;
        }

        long size = 0;
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", AllFiles))
            {
                size += file.Length;
            }
        }
        catch (IOException)
        {
            // A file went away while being measured (a spill block freed); the next tick measures again.
            return;
        }

        if (size > limitBytes && Interlocked.Exchange(ref exceeded, 1) == 0)
        {
            interrupt();
        }
    }
}
