using System.Runtime.CompilerServices;

namespace Cleanroom.Sql.Tests;

/// <summary>
/// Finds test inputs relative to the repository root (the directory holding Cleanroom.slnx): above the test
/// binaries, or, when they were built into a separate artifacts directory, above this source file.
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory()) ??
        throw new InvalidOperationException("Cleanroom.slnx not found above the test binaries or sources");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string CorpusPath(params string[] parts) => Path(["tests", "Cleanroom.Sql.Tests", "Corpus", .. parts]);

    private static string SourceDirectory([CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path) ?? ".";

    private static string? FindRoot(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Cleanroom.slnx")))
            directory = directory.Parent;
        return directory?.FullName;
    }
}
