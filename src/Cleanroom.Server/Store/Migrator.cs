namespace Cleanroom.Server.Store;

/// <summary>
/// Applies the embedded <c>**/Migrations/*.sql</c> files once each, in ordinal order of their file names,
/// recording each by name. Areas own number blocks (see docs/architecture.md), so engineers add files in
/// parallel without touching a shared list.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "migrations/";

    public static IReadOnlyList<string> Names { get; } = typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(name => name[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static void Apply(MetadataStore store)
    {
        store.WriteAsync(session => session.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_time BIGINT NOT NULL)")).GetAwaiter().GetResult();
        foreach (var name in Names)
        {
            // Each migration checks and applies inside one write transaction, so a CLI and a server
            // starting together never apply the same file twice.
            store.WriteAsync(async session =>
            {
                var applied = await session.CountAsync("SELECT COUNT(*) FROM schema_migrations WHERE name = @name", ("name", name));
                if (applied > 0)
                {
                    return;
                }

                await session.ExecuteAsync(Read(name));
                await session.ExecuteAsync(
                    "INSERT INTO schema_migrations (name, applied_time) VALUES (@name, @time)",
                    ("name", name),
                    ("time", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            }).GetAwaiter().GetResult();
        }
    }

    private static string Read(string name)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
