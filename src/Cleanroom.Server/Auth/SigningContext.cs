using System.Text;

namespace Cleanroom.Server.Auth;

/// <summary>
/// What a streaming handler (S3) needs after the headers were verified: the declared payload hash, and for
/// <c>aws-chunked</c> bodies the seed signature, signing key, scope and timestamp to verify each chunk's signature.
/// </summary>
internal sealed record SigningContext(string AmzDate, string Scope, byte[] SigningKey, string SeedSignature, string PayloadHash)
{
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    public const string StreamingSignedPayload = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    public const string StreamingSignedPayloadTrailer = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
    public const string StreamingUnsignedPayloadTrailer = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    /// <summary>The signature a client must send for the chunk that follows <paramref name="previousSignature"/>.</summary>
    public string ChunkSignature(string previousSignature, ReadOnlySpan<byte> chunk) => ChunkSignatureOfHash(previousSignature, SigV4.Hash(chunk));

    /// <summary>As <see cref="ChunkSignature"/>, from the chunk's hex SHA-256 (computed while the chunk streams).</summary>
    public string ChunkSignatureOfHash(string previousSignature, string chunkHash) =>
        SigV4.Sign(SigningKey, $"AWS4-HMAC-SHA256-PAYLOAD\n{AmzDate}\n{Scope}\n{previousSignature}\n{SigV4.EmptyHash}\n{chunkHash}");

    /// <summary>The signature of the trailing headers of a signed <c>aws-chunked</c> body.</summary>
    public string TrailerSignature(string previousSignature, string trailerHeaders) =>
        SigV4.Sign(SigningKey, $"AWS4-HMAC-SHA256-TRAILER\n{AmzDate}\n{Scope}\n{previousSignature}\n{SigV4.Hash(Encoding.UTF8.GetBytes(trailerHeaders))}");
}
