namespace Cleanroom.Cli.Client;

/// <summary>An access key pair a request is signed with.</summary>
internal sealed record AccessKey(string Id, string Secret)
{
    // A record prints every member; the secret must never reach a message or a log.
    public override string ToString() => $"AccessKey {{ Id = {Id} }}";
}
