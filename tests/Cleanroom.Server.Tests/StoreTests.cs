using Cleanroom.Server.Hosting;
using Cleanroom.Server.Store;
using Cleanroom.Server.Tests.Infrastructure;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Tests;

/// <summary>The data directory, migrations, sealed secrets and page tokens, on a real SQLite file.</summary>
public sealed class StoreTests
{
    [Fact]
    public async Task MigrationsApplyOnceAndDataSurvivesReopening()
    {
        using var directory = new TempDirectory();
        string accountId;
        using (var data = ServerData.Open(directory.Path))
        {
            accountId = (await data.Accounts.CreateAsync("first")).AccountId;
        }

        using (var reopened = ServerData.Open(directory.Path))
        {
            var applied = await reopened.Store.ReadAsync(db => db.QueryAsync("SELECT name FROM schema_migrations ORDER BY name", reader => reader.Text("name")));
            Assert.Equal(Migrator.Names, applied);
            Assert.Contains("0100-accounts.sql", applied);
            Assert.Equal(accountId, Assert.Single(await reopened.Accounts.ListAsync()).AccountId);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task SecretsAreSealedAndFilesAreOwnerOnly()
    {
        using var directory = new TempDirectory();
        using var data = ServerData.Open(Path.Combine(directory.Path, "data"));
        var credentials = await data.Accounts.CreateAsync("sealed");
        var stored = await data.Store.ReadAsync(db => db.QueryAsync("SELECT sealed_secret FROM accounts", reader => reader.Text("sealed_secret")));
        Assert.DoesNotContain(credentials.SecretAccessKey, stored[0], StringComparison.Ordinal);
        Assert.Equal(credentials.SecretAccessKey, (await data.Accounts.FindKeyAsync(credentials.AccessKeyId))!.SecretAccessKey);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(data.Directory.Root));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(data.Directory.MasterKey));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(data.Directory.Database));
        Assert.True(Directory.Exists(data.Directory.Objects) && Directory.Exists(data.Directory.Temp));
    }

    [Fact]
    public void PageTokensRejectTamperingAndOtherListings()
    {
        using var directory = new TempDirectory();
        using var data = ServerData.Open(directory.Path);
        var tokens = new PageTokens(data.MasterKey);
        var first = tokens.Start("ListThings/111111111111", 2, null);
        var page = tokens.Complete(first, [1, 2, 3]);
        Assert.Equal([1, 2], page.Items);
        Assert.NotNull(page.NextToken);
        Assert.Equal(2, tokens.Start("ListThings/111111111111", 2, page.NextToken).Offset);
        Assert.Null(tokens.Complete(tokens.Start("ListThings/111111111111", 2, page.NextToken), [3]).NextToken);

        var tampered = page.NextToken![..^2] + (page.NextToken[^2] == 'A' ? "BA" : "AA");
        Assert.Equal("ValidationException", Assert.Throws<ApiException>(() => tokens.Start("ListThings/111111111111", 2, tampered)).Code);
        Assert.Throws<ApiException>(() => tokens.Start("ListThings/222222222222", 2, page.NextToken));
    }
}
