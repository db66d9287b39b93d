namespace Cleanroom.Server.Store;

/// <summary>The data directory's layout. Everything the server keeps lives under one owner-only directory.</summary>
internal sealed record DataDirectory(string Root)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public string Database => Path.Combine(Root, "cleanroom.db");

    public string MasterKey => Path.Combine(Root, "master.key");

    /// <summary>Reserved for the object store.</summary>
    public string Objects => Path.Combine(Root, "objects");

    /// <summary>Temporary files; on the same filesystem as <see cref="Objects"/> so renames are atomic.</summary>
    public string Temp => Path.Combine(Root, "tmp");

    /// <summary>Reserved for the log store.</summary>
    public string Logs => Path.Combine(Root, "logs");

    /// <summary>Creates (or tightens) the directory and its reserved sub-directories with mode 0700.</summary>
    public static DataDirectory Prepare(string root)
    {
        var directory = new DataDirectory(Path.GetFullPath(root));
        foreach (var path in new[] { directory.Root, directory.Objects, directory.Temp, directory.Logs })
        {
            CreateOwnerOnly(path);
        }

        return directory;
    }

    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, OwnerOnly);
        if (File.GetUnixFileMode(path) != OwnerOnly)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }
}
