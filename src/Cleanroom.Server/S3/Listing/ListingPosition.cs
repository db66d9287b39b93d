using System.Text;

namespace Cleanroom.Server.S3.Listing;

/// <summary>
/// Where a listing stopped: after a key, or after a whole common prefix (everything under it is skipped). Encoded
/// as the continuation token; it only positions a listing of the caller's own bucket, so it needs no secrecy.
/// </summary>
internal sealed record ListingPosition(string Value, bool IsCommonPrefix)
{
    public static ListingPosition AfterKey(string key) => new(key, false);

    public string ToToken() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes((IsCommonPrefix ? "p" : "k") + Value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ListingPosition FromToken(string token)
    {
        var text = token.Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out var written) || written == 0 || buffer[0] is not ((byte)'p' or (byte)'k'))
        {
            throw S3Errors.InvalidArgument("The continuation token provided is incorrect");
        }

        return new ListingPosition(Encoding.UTF8.GetString(buffer, 1, written - 1), buffer[0] == (byte)'p');
    }
}
