using System.Runtime.CompilerServices;

namespace Cleanroom.Rules.Tests.Support;

/// <summary>
/// Finds test inputs relative to the repository root (the directory holding Cleanroom.slnx): above the test
/// binaries, or, when they were built into a separate artifacts directory, above this source file.
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory()) ??
        throw new InvalidOperationException("Cleanroom.slnx not found above the test binaries or sources");

    public static string TestData(params string[] parts) => Path.Combine([Root, "tests", "Cleanroom.Rules.Tests", .. parts]);

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";

    private static string? FindRoot(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cleanroom.slnx")))
            directory = directory.Parent;
        return directory?.FullName;
    }
}
