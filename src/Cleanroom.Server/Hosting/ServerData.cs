using Cleanroom.Server.Accounts;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.Hosting;

/// <summary>The data directory opened: layout, master key, metadata store and accounts. Shared by the server and the CLI.</summary>
internal sealed class ServerData : IDisposable
{
    private ServerData(DataDirectory directory, MasterKey masterKey, MetadataStore store)
    {
        Directory = directory;
        MasterKey = masterKey;
        Store = store;
        Accounts = new AccountStore(store, masterKey);
    }

    public DataDirectory Directory { get; }

    public MasterKey MasterKey { get; }

    public MetadataStore Store { get; }

    public AccountStore Accounts { get; }

    public static ServerData Open(string dataDirectory)
    {
        var directory = DataDirectory.Prepare(dataDirectory);
        var masterKey = MasterKey.LoadOrCreate(directory.MasterKey);
        var store = MetadataStore.Open(SqlDialect.Sqlite(directory.Database));
        RestrictToOwner(directory.Database, directory.Database + "-wal", directory.Database + "-shm");
        return new ServerData(directory, masterKey, store);
    }

    public void Dispose() => Store.Dispose();

    /// <summary>The database holds sealed secrets and members' metadata: owner-only, like the directory.</summary>
    private static void RestrictToOwner(params string[] paths)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var path in paths.Where(File.Exists))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
