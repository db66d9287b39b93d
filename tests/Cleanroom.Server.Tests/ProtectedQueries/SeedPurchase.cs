namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>One row of B's purchases.</summary>
internal sealed record SeedPurchase(string UserId, string Category, decimal Amount, DateOnly Date);
