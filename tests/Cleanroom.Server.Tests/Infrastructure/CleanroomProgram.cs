namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>The built <c>cleanroom</c> program, found next to the test assembly and run with <c>dotnet cleanroom.dll</c>.</summary>
internal static class CleanroomProgram
{
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "cleanroom.dll");

    public static Task<ToolResult> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [Assembly, .. arguments], new Dictionary<string, string?> { ["CLEANROOM_DATA_DIR"] = null });

    public static async Task<TestAccount> CreateAccountAsync(string dataDirectory, string name)
    {
        var result = (await RunAsync("account", "create", "--data-dir", dataDirectory, "--name", name)).EnsureSuccess();
        return TestAccount.FromJson(name, result.Stdout);
    }
}
