using System.Data.Common;

namespace Cleanroom.Server.Store;

/// <summary>
/// The metadata database: accounts, collaborations, memberships and every later control-plane resource.
/// Reads run on their own pooled connection; writes are serialised in-process and run in one transaction,
/// so a handler's checks and changes commit together or not at all.
/// </summary>
internal sealed class MetadataStore : IDisposable
{
    private readonly SqlDialect dialect;
    private readonly SemaphoreSlim writeGate = new(1, 1);

    private MetadataStore(SqlDialect dialect) => this.dialect = dialect;

    public static MetadataStore Open(SqlDialect dialect)
    {
        var store = new MetadataStore(dialect);
        store.SetUpDatabase();
        Migrator.Apply(store);
        return store;
    }

    public async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> read, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await read(new DbSession(connection, null));
    }

    public async Task<T> WriteAsync<T>(Func<DbSession, Task<T>> write, CancellationToken cancellationToken = default)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await write(new DbSession(connection, transaction));
            await transaction.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task WriteAsync(Func<DbSession, Task> write, CancellationToken cancellationToken = default) =>
        await WriteAsync(
            async session =>
            {
                await write(session);
                return true;
            },
            cancellationToken);

    public void Dispose() => writeGate.Dispose();

    private void SetUpDatabase()
    {
        using var connection = dialect.CreateConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = dialect.DatabaseSetup;
        command.ExecuteNonQuery();
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = dialect.SessionSetup;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
