using Cleanroom.Server.Store;

namespace Cleanroom.Server.S3.Storage;

/// <summary>
/// Object and part bytes on disk. Uploads stream into <c>tmp/s3/</c>; a complete, verified file is renamed into
/// <c>objects/xx/&lt;id&gt;</c> (same filesystem, so the rename is atomic) before its metadata commits. Files are
/// never changed in place: an overwrite is a new file, and the old one is removed after the commit. Whatever a crash
/// leaves behind (temporary files, placed files whose commit never happened, files of deleted objects) is found by
/// <see cref="Sweep"/> at startup.
/// </summary>
internal sealed class ObjectFiles(DataDirectory directory)
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private string TempRoot => Path.Combine(directory.Temp, "s3");

    /// <summary>A new path in the temporary area (on the objects' filesystem) for a file about to be written.</summary>
    public string NewTempPath()
    {
        CreateDirectory(TempRoot);
        return Path.Combine(TempRoot, Guid.NewGuid().ToString("N"));
    }

    public FileStream CreateTemp(string path)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return new FileStream(path, options);
    }

    public string PathOf(string fileId) => Path.Combine(directory.Objects, fileId[..2], fileId);

    /// <summary>Moves a complete (flushed) file into the object area under a new id; from another filesystem it is copied first.</summary>
    public string Place(string sourcePath)
    {
        var fileId = Guid.NewGuid().ToString("N");
        var target = PathOf(fileId);
        CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(sourcePath, target);
        return fileId;
    }

    /// <summary>Opens a stored file for reading; it stays readable even if the object is replaced meanwhile. Null when gone.</summary>
    public FileStream? TryOpen(string fileId)
    {
        try
        {
            return new FileStream(PathOf(fileId), new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                BufferSize = 0,
            });
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Delete(string fileId) => DeletePath(PathOf(fileId));

    public static void DeletePath(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Left for the startup sweep.
        }
    }

    /// <summary>
    /// Removes the temporary area and every stored file no metadata row references. Runs before the server
    /// accepts requests, so no upload is in flight.
    /// </summary>
    public int Sweep(IReadOnlySet<string> referencedFileIds)
    {
        var removed = 0;
        if (Directory.Exists(TempRoot))
        {
            removed += Directory.EnumerateFiles(TempRoot).Count();
            Directory.Delete(TempRoot, recursive: true);
        }

        if (!Directory.Exists(directory.Objects))
        {
            return removed;
        }

        foreach (var path in Directory.EnumerateFiles(directory.Objects, "*", SearchOption.AllDirectories))
        {
            if (!referencedFileIds.Contains(Path.GetFileName(path)))
            {
                DeletePath(path);
                removed++;
            }
        }

        return removed;
    }

    private static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyDirectory);
        }
    }
}
