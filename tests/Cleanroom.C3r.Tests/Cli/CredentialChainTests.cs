using Cleanroom.Cli.Client;

namespace Cleanroom.C3r.Tests;

/// <summary>
/// Where <c>c3r … --endpoint-url</c> finds its access key and region, in the aws CLI's order (cases in
/// Cases/credential-chain.txt: command-line profile and region, environment, credentials and config files). Secrets
/// in the cases are "hush…", which no message may repeat.
/// </summary>
public sealed class CredentialChainTests
{
    public static TheoryData<string, string> Cases() => CaseFile.Read("credential-chain.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Keys_and_region_come_from_the_usual_places_in_order(string expected, string setup)
    {
        var (arguments, variables, credentials, config) = setup.Split('\t') switch
        {
            [var a, var v, var c, var f] => (a, v, c, f),
            _ => throw new InvalidOperationException($"A case needs four fields after the expectation: {setup}"),
        };
        using var home = new TempDirectory();
        var environment = new Dictionary<string, string> { ["HOME"] = home.Path };
        foreach (var variable in Given(variables)?.Split(' ') ?? [])
        {
            var equals = variable.IndexOf('=', StringComparison.Ordinal);
            environment[variable[..equals]] = variable[(equals + 1)..];
        }

        environment["AWS_SHARED_CREDENTIALS_FILE"] = ProfileFile(home, "credentials", credentials);
        environment["AWS_CONFIG_FILE"] = ProfileFile(home, "config", config);
        var words = Given(arguments)?.Split(' ') ?? [];
        string? Option(string name) => Array.IndexOf(words, name) is >= 0 and var at ? words[at + 1] : null;

        ClientIdentity Resolve() => CredentialChain.Resolve(name => environment.GetValueOrDefault(name), Option("--profile"), Option("--region"));
        if (expected.StartsWith('!'))
        {
            var error = Assert.Throws<InvalidOperationException>(Resolve);
            Assert.Contains(expected[1..].Trim(), error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("hush", error.Message, StringComparison.Ordinal);
        }
        else
        {
            var identity = Resolve();
            Assert.Equal(expected, $"{identity.Key.Id}@{identity.Region}");
        }
    }

    private static string? Given(string field) => field == "-" ? null : field;

    /// <summary>The file's path; written only when the case gives its text.</summary>
    private static string ProfileFile(TempDirectory home, string name, string text)
    {
        var path = home.File(name);
        if (Given(text) is { } content)
        {
            File.WriteAllText(path, content.Replace("\\n", "\n", StringComparison.Ordinal));
        }

        return path;
    }
}
