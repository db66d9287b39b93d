namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>One in-process server shared by the tests of a class (<c>IClassFixture&lt;ServerFixture&gt;</c>).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private InProcessServer? server;

    internal InProcessServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    internal string Url => Server.Url;

    public async Task InitializeAsync() => server = await InProcessServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
