namespace Cleanroom.Server.Tags.Wire;

internal sealed record ListTagsForResourceOutput(IReadOnlyDictionary<string, string> Tags);
