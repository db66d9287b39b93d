using Cleanroom.Server.Wire;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.Hosting;

/// <summary>Per-request facts the pipeline learns step by step: the request id, the protocol, the buffered body.</summary>
internal sealed class RequestState(string requestId, WireProtocol protocol)
{
    public string RequestId { get; } = requestId;

    /// <summary>Guessed from the request's shape first, then fixed by the signature's credential scope.</summary>
    public WireProtocol Protocol { get; set; } = protocol;

    /// <summary>The whole body of a non-S3 request, read once to hash it for the signature check.</summary>
    public byte[] Body { get; set; } = [];

    public static RequestState Of(HttpContext context) =>
        context.Features.Get<RequestState>() ?? throw new InvalidOperationException("Request state is set by the first middleware.");
}
