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
        return new ServerData(directory, masterKey, store);
    }

    public void Dispose() => Store.Dispose();
}
