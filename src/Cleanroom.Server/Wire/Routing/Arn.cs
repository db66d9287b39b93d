namespace Cleanroom.Server.Wire.Routing;

/// <summary>
/// Clean Rooms ARNs: <c>arn:aws:cleanrooms:REGION:ACCOUNT:TYPE/ID[/TYPE/ID]</c>, always with the server region
/// and the account that owns the resource.
/// </summary>
internal sealed record Arn(string Region, string AccountId, IReadOnlyList<string> Path)
{
    /// <summary>The resource types along the path, e.g. <c>membership/configuredtableassociation</c>.</summary>
    public string Kind => string.Join('/', Path.Where((_, index) => index % 2 == 0));

    /// <summary>The ids along the path, outermost first.</summary>
    public IReadOnlyList<string> Ids => Path.Where((_, index) => index % 2 == 1).ToArray();

    public static string Format(string region, string accountId, params string[] path) =>
        $"arn:aws:cleanrooms:{region}:{accountId}:{string.Join('/', path)}";

    public static Arn? Parse(string text)
    {
        var parts = text.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[1] != "aws" || parts[2] != "cleanrooms")
        {
            return null;
        }

        var path = parts[5].Split('/');
        return path.Length % 2 == 0 && path.All(segment => segment.Length > 0) ? new Arn(parts[3], parts[4], path) : null;
    }
}
