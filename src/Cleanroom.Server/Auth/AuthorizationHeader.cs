namespace Cleanroom.Server.Auth;

/// <summary>
/// The parsed <c>Authorization: AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/SERVICE/aws4_request,
/// SignedHeaders=a;b, Signature=hex</c> header, or the same fields of a presigned URL's query string
/// (<c>X-Amz-Credential</c>, …), which also carries the signing time and a lifetime.
/// </summary>
internal sealed record AuthorizationHeader(
    string AccessKeyId,
    string Date,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string SignatureParameter = "X-Amz-Signature";
    private static readonly TimeSpan MaxPresignedLifetime = TimeSpan.FromDays(7);

    /// <summary>For a presigned URL: the <c>X-Amz-Date</c> query value (headers carry it otherwise).</summary>
    public string? PresignedAmzDate { get; init; }

    /// <summary>For a presigned URL: how long after its signing time it stays valid.</summary>
    public TimeSpan? PresignedLifetime { get; init; }

    public bool IsPresigned => PresignedAmzDate is not null;

    /// <summary>Null when the query string is not a complete SigV4 presigned URL.</summary>
    public static AuthorizationHeader? FromQuery(Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        string Value(string name) => query[name].ToString();
        if (Value("X-Amz-Algorithm") != Algorithm
            || !int.TryParse(Value("X-Amz-Expires"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds < 1 || seconds > MaxPresignedLifetime.TotalSeconds
            || Value("X-Amz-Date").Length == 0)
        {
            return null;
        }

        var parsed = Parse($"{Algorithm} Credential={Value("X-Amz-Credential")}, SignedHeaders={Value("X-Amz-SignedHeaders")}, Signature={Value(SignatureParameter)}");
        return parsed is null ? null : parsed with { PresignedAmzDate = Value("X-Amz-Date"), PresignedLifetime = TimeSpan.FromSeconds(seconds) };
    }

    public string Scope => $"{Date}/{Region}/{Service}/aws4_request";

    /// <summary>Null when the header is not a complete SigV4 header (the caller answers IncompleteSignature).</summary>
    public static AuthorizationHeader? Parse(string value)
    {
        if (!value.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = value[(Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First()[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("Credential", out var credential)
            || !parts.TryGetValue("SignedHeaders", out var signedHeaders)
            || !parts.TryGetValue("Signature", out var signature))
        {
            return null;
        }

        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request" || scope.Any(string.IsNullOrEmpty)
            || scope[1].Length != 8 || !scope[1].All(char.IsAsciiDigit)
            || signature.Length != 64 || !signature.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var headers = signedHeaders.Split(';');
        if (headers.Any(string.IsNullOrEmpty))
        {
            return null;
        }

        return new AuthorizationHeader(scope[0], scope[1], scope[2], scope[3], headers, signature);
    }
}
