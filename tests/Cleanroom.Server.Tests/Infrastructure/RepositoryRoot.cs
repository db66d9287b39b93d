namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>
/// Locates the repository (the directory holding Cleanroom.slnx): up from the test assembly's directory, else
/// where the build recorded it (for builds with a separate artifacts path).
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Cleanroom.slnx")))
            {
                return directory.FullName;
            }
        }

        var recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        return recorded is not null && System.IO.File.Exists(System.IO.Path.Combine(recorded, "Cleanroom.slnx"))
            ? recorded
            : throw new InvalidOperationException("Cleanroom.slnx not found above the test assembly.");
    }
}
