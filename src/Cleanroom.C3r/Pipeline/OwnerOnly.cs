namespace Cleanroom.C3r;

/// <summary>Creates files readable and writable by the owner only (POSIX 0600).</summary>
internal static class OwnerOnly
{
    public static FileStream Create(string path, FileOptions options = FileOptions.None, FileShare share = FileShare.None)
    {
        var streamOptions = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = share,
            Options = options,
            BufferSize = 1 << 16,
        };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            return new FileStream(path, streamOptions);
        }
        catch (IOException e)
        {
            throw new C3rException($"Cannot create {path}: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new C3rException($"Cannot create {path}: {e.Message}", e);
        }
    }
}
