using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.Accounts;

/// <summary>
/// Accounts and access keys. Keys are looked up in the database on a cache miss, so a key created by
/// <c>cleanroom account create</c> while the server runs is accepted on its first request.
/// </summary>
internal sealed class AccountStore(MetadataStore store, MasterKey masterKey)
{
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private readonly ConcurrentDictionary<string, AccessKey> keys = new(StringComparer.Ordinal);

    public async Task<AccountCredentials> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new ArgumentException("An account name must be 1 to 100 characters and not blank.", nameof(name));
        }

        var accessKeyId = "AKIA" + RandomNumberGenerator.GetString(KeyAlphabet, 16);
        var secret = RandomNumberGenerator.GetString(SecretAlphabet, 40);
        var sealedSecret = Convert.ToBase64String(masterKey.Seal(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(accessKeyId)));
        return await store.WriteAsync(
            async session =>
            {
                string accountId;
                do
                {
                    accountId = RandomNumberGenerator.GetString("0123456789", 12);
                }
                while (await session.CountAsync("SELECT COUNT(*) FROM accounts WHERE account_id = @id", ("id", accountId)) > 0);

                await session.ExecuteAsync(
                    "INSERT INTO accounts (account_id, name, access_key_id, sealed_secret, create_time) VALUES (@id, @name, @key, @secret, @time)",
                    ("id", accountId),
                    ("name", name),
                    ("key", accessKeyId),
                    ("secret", sealedSecret),
                    ("time", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
                return new AccountCredentials(accountId, accessKeyId, secret);
            },
            cancellationToken);
    }

    public Task<List<Account>> ListAsync(CancellationToken cancellationToken = default) =>
        store.ReadAsync(
            session => session.QueryAsync(
                "SELECT account_id, name, access_key_id, create_time FROM accounts ORDER BY create_time, account_id",
                reader => new Account(reader.Text("account_id"), reader.Text("name"), reader.Text("access_key_id"), reader.Time("create_time"))),
            cancellationToken);

    public async Task<AccessKey?> FindKeyAsync(string accessKeyId, CancellationToken cancellationToken = default)
    {
        if (keys.TryGetValue(accessKeyId, out var cached))
        {
            return cached;
        }

        var row = await store.ReadAsync(
            session => session.QuerySingleAsync(
                "SELECT account_id, sealed_secret FROM accounts WHERE access_key_id = @key",
                reader => new { AccountId = reader.Text("account_id"), Sealed = reader.Text("sealed_secret") },
                ("key", accessKeyId)),
            cancellationToken);
        if (row is null)
        {
            return null;
        }

        var secret = Encoding.UTF8.GetString(masterKey.Open(Convert.FromBase64String(row.Sealed), Encoding.UTF8.GetBytes(accessKeyId)));
        return keys.GetOrAdd(accessKeyId, new AccessKey(accessKeyId, row.AccountId, secret));
    }
}
