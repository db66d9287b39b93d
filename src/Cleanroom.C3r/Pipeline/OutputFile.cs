namespace Cleanroom.C3r;

/// <summary>
/// Output written to an owner-only temporary file beside the destination and renamed into place on success,
/// so a failed run leaves no partial output behind.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string _destination;
    private readonly bool _overwrite;
    private bool _committed;

    private OutputFile(string destination, string temporary, bool overwrite, FileStream stream)
    {
        _destination = destination;
        TemporaryPath = temporary;
        _overwrite = overwrite;
        Stream = stream;
    }

    public FileStream Stream { get; }

    public string TemporaryPath { get; }

    /// <summary>Fails early when the destination exists and may not be replaced.</summary>
    public static void CheckDestination(string path, bool overwrite)
    {
        if (!overwrite && File.Exists(path))
        {
            throw new C3rException($"Output file {path} already exists and overwrite is not allowed.");
        }

        if (Directory.Exists(path))
        {
            throw new C3rException($"Output path {path} is a directory.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            throw new C3rException($"Output directory {directory} does not exist.");
        }
    }

    public static OutputFile Create(string path, bool overwrite)
    {
        CheckDestination(path, overwrite);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        return new OutputFile(full, temporary, overwrite, OwnerOnly.Create(temporary));
    }

    public void Commit()
    {
        // Writers may already have closed the stream; disposing again is harmless.
        Stream.Dispose();
        try
        {
            // Delete first rather than rename over the old file: on ext4 a rename that replaces a file makes the
            // kernel allocate and start writing out the whole new file there and then (auto_da_alloc), about
            // half a second per 400 MB, while a plain rename does not.
            if (_overwrite)
            {
                File.Delete(_destination);
            }

            File.Move(TemporaryPath, _destination, _overwrite);
        }
        catch (IOException e)
        {
            throw new C3rException($"Cannot move the output into place at {_destination}: {e.Message}", e);
        }

        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
        {
            File.Delete(TemporaryPath);
        }
    }
}
