using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3;

/// <summary>The <c>x-amz-copy-source</c> header: <c>[/]bucket/url-encoded-key[?versionId=…]</c>.</summary>
internal sealed record CopySource(string Bucket, string Key)
{
    public const string Header = "x-amz-copy-source";

    public static bool IsPresent(HttpRequest request) => request.Headers.ContainsKey(Header);

    public static CopySource Parse(HttpRequest request)
    {
        var value = request.Headers[Header].ToString();
        var question = value.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            var version = value[(question + 1)..];
            if (version != "versionId=null")
            {
                throw S3Errors.InvalidArgument("Invalid version id specified");
            }

            value = value[..question];
        }

        var path = value.TrimStart('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == path.Length - 1)
        {
            throw S3Errors.InvalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
        }

        return new CopySource(Uri.UnescapeDataString(path[..slash]), ObjectKey.Check(Uri.UnescapeDataString(path[(slash + 1)..])));
    }
}
