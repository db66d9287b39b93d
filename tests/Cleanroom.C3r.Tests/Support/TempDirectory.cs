namespace Cleanroom.C3r.Tests;

/// <summary>A scratch directory removed after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("c3r-test-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Names of the files left in the directory, for "no output left behind" checks.</summary>
    public string[] Files() => [.. Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order()];

    public void Dispose() => Directory.Delete(Path, true);
}
