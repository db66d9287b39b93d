namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>One row of A's ad exposures.</summary>
internal sealed record SeedExposure(string UserId, string Segment, string Campaign, DateOnly Date, int Score, string Note);
