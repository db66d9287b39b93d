namespace Cleanroom.Server.Tags.Wire;

internal sealed record TagResourceInput(Dictionary<string, string> Tags);
