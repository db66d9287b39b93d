namespace Cleanroom.Server.ProtectedQueries.Wire;

/// <summary>The result union: the S3 location (the runner's own output) or the members who received it.</summary>
internal sealed record ProtectedQueryOutput(ProtectedQueryS3Output? S3, IReadOnlyList<ProtectedQuerySingleMemberOutput>? MemberList);
