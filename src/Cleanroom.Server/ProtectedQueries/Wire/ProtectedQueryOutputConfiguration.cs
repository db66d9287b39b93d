using System.Text.Json;

namespace Cleanroom.Server.ProtectedQueries.Wire;

/// <summary>The output union: exactly one member (the model validation ensures it). <c>distribute</c> is refused.</summary>
internal sealed record ProtectedQueryOutputConfiguration(
    ProtectedQueryS3OutputConfiguration? S3,
    ProtectedQueryMemberOutputConfiguration? Member,
    JsonElement? Distribute);
