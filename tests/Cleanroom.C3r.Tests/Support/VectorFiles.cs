using System.Text.Json;

namespace Cleanroom.C3r.Tests;

/// <summary>Locates the shared C3R test vectors beside the repository (read-only input).</summary>
internal static class VectorFiles
{
    public const string S1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    public const string Id1 = "00000000-1111-2222-3333-444444444444";

    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>
    /// The directory holding Cleanroom.slnx, found above the test binaries or, when they are built elsewhere,
    /// above this source file.
    /// </summary>
    public static string RepositoryRoot => FindAbove(AppContext.BaseDirectory) ?? FindAbove(SourceDirectory())
        ?? throw new InvalidOperationException("Cleanroom.slnx not found above the test binaries or sources.");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static JsonDocument Json(params string[] parts) => JsonDocument.Parse(File.ReadAllText(Path(parts)));

    private static string? FindAbove(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Cleanroom.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        System.IO.Path.GetDirectoryName(path) ?? ".";

    private static string FindRoot()
    {
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "c3r-vectors"));
        return Directory.Exists(root) ? root : throw new InvalidOperationException($"C3R vectors not found at {root}.");
    }
}
