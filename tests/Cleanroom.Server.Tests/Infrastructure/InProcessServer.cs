using Cleanroom.Server.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>
/// A real Cleanroom server (Kestrel on 127.0.0.1, a free port) on a temporary data directory, in the test process.
/// </summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly TempDirectory directory;
    private readonly WebApplication app;

    private InProcessServer(TempDirectory directory, WebApplication app)
    {
        this.directory = directory;
        this.app = app;
    }

    public string Url => app.Urls.First();

    public string DataDirectory => directory.Path;

    public IServiceProvider Services => app.Services;

    /// <param name="configure">Changes to the server's options (e.g. the protected-query engine's limits).</param>
    public static async Task<InProcessServer> StartAsync(QuotaOptions? quotas = null, Func<ServerOptions, ServerOptions>? configure = null)
    {
        var directory = new TempDirectory("cleanroom-server");
        var options = new ServerOptions(directory.Path)
        {
            Urls = ["http://127.0.0.1:0"],
            LogToConsole = false,
            Quotas = quotas ?? new QuotaOptions(),
        };
        options = configure?.Invoke(options) ?? options;
        var app = CleanroomServer.Build(options);
        await app.StartAsync();
        return new InProcessServer(directory, app);
    }

    public async Task<TestAccount> CreateAccountAsync(string name)
    {
        var credentials = await app.Services.GetRequiredService<AccountStore>().CreateAsync(name);
        return new TestAccount(name, credentials.AccountId, credentials.AccessKeyId, credentials.SecretAccessKey);
    }

    public async Task<TestAccount[]> CreateAccountsAsync(params string[] names)
    {
        var accounts = new TestAccount[names.Length];
        for (var index = 0; index < names.Length; index++)
        {
            accounts[index] = await CreateAccountAsync(names[index]);
        }

        return accounts;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        directory.Dispose();
    }
}
