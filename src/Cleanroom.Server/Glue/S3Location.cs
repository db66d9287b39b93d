using System.Net;
using System.Text.RegularExpressions;

namespace Cleanroom.Server.Glue;

/// <summary>
/// Where a table's objects are, in the owner's object store. A key that is empty or ends in <c>/</c> is a prefix:
/// every object under it. Any other key names the object with exactly that key if it exists, and otherwise the
/// objects under <c>Key + "/"</c> (Athena reads a location without the trailing slash as a folder).
/// </summary>
internal sealed partial record S3Location(string Bucket, string Key)
{
    public bool IsPrefix => Key.Length == 0 || Key.EndsWith('/');

    public override string ToString() => $"s3://{Bucket}/{Key}";

    /// <summary>The location, or null unless the text is <c>s3://bucket[/key]</c> with a valid bucket name.</summary>
    public static S3Location? Parse(string? text)
    {
        if (text is null || !text.StartsWith("s3://", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text["s3://".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var key = slash < 0 ? string.Empty : rest[(slash + 1)..];
        return BucketName().IsMatch(bucket) && !IPAddress.TryParse(bucket, out _) && !bucket.Contains("..", StringComparison.Ordinal)
            ? new S3Location(bucket, key)
            : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex BucketName();
}
