using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json.Nodes;
using Cleanroom.C3r;
using Cleanroom.Cli.Client;

namespace Cleanroom.Cli.C3r;

/// <summary>
/// <c>--endpoint-url</c>, <c>--profile</c>, <c>--region</c>: read a collaboration's cryptographic computing settings
/// from a Cleanroom server with GetCollaboration (SigV4, service <c>cleanrooms</c>), as the reference client reads
/// them from AWS Clean Rooms. Without <c>--endpoint-url</c> nothing is sent anywhere: no environment variable turns
/// an offline run into a network call.
/// </summary>
internal sealed class CollaborationEndpoint
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Option<string?> _endpoint = new("--endpoint-url")
    {
        Description = "Read the collaboration's settings from this Cleanroom server (GetCollaboration, signed with your AWS credentials).",
    };

    private readonly Option<string?> _profile = new("--profile") { Description = "With --endpoint-url: the AWS profile to sign with (default: $AWS_PROFILE, else default)." };

    private readonly Option<string?> _region = new("--region") { Description = "With --endpoint-url: the region to sign for (default: $AWS_REGION, $AWS_DEFAULT_REGION, the profile's, else us-east-1)." };

    public Option<string?> Endpoint => _endpoint;

    public void AddTo(Command command)
    {
        command.Options.Add(_endpoint);
        command.Options.Add(_profile);
        command.Options.Add(_region);
        _endpoint.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !IsHttpUrl(token.Value))
            {
                result.AddError($"--endpoint-url must be an http or https URL, not '{token.Value}'.");
            }
        });
        command.Validators.Add(result =>
        {
            if (!IsGiven(result) && (Given(result, _profile) || Given(result, _region)))
            {
                result.AddError("--profile and --region apply only with --endpoint-url.");
            }
        });
    }

    public bool IsGiven(SymbolResult result) => Given(result, _endpoint);

    /// <summary>The collaboration's settings, as the server's <c>dataEncryptionMetadata</c> states them.</summary>
    public async Task<ClientSettings> ReadSettingsAsync(ParseResult result, string collaborationId, C3rHost host, CancellationToken cancellationToken)
    {
        var identity = CredentialChain.Resolve(host.Environment, result.GetValue(_profile), result.GetValue(_region));
        var endpoint = new Uri(result.GetValue(_endpoint)!);
        var id = collaborationId.Trim().ToLowerInvariant();
        using var http = new HttpClient { Timeout = Timeout };
        var client = new SigningClient(http, endpoint, identity.Key, identity.Region);
        JsonNode answer;
        try
        {
            answer = await client.CleanRoomsAsync("GetCollaboration", HttpMethod.Get, "/collaborations/" + Uri.EscapeDataString(id), null, cancellationToken);
        }
        catch (HttpRequestException error)
        {
            throw new HttpRequestException($"Could not reach {endpoint}: {error.Message}", error);
        }
        catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{endpoint} did not answer GetCollaboration within {Timeout.TotalSeconds:0} seconds.", error);
        }

        return answer["collaboration"]?["dataEncryptionMetadata"] is JsonObject metadata
            ? new ClientSettings(
                Flag(metadata, "allowCleartext", id),
                Flag(metadata, "allowDuplicates", id),
                Flag(metadata, "allowJoinsOnColumnsWithDifferentNames", id),
                Flag(metadata, "preserveNulls", id))
            : throw new C3rException($"Collaboration {id} is not configured for cryptographic computing (it has no dataEncryptionMetadata).");
    }

    private static bool Flag(JsonObject metadata, string name, string id) =>
        metadata[name] is JsonValue value && value.TryGetValue<bool>(out var flag)
            ? flag
            : throw new C3rException($"Collaboration {id}'s dataEncryptionMetadata has no boolean {name}.");

    private static bool Given(SymbolResult result, Option option) => result.GetResult(option) is { Implicit: false };

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
