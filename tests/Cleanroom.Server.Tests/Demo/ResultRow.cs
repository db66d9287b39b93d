namespace Cleanroom.Server.Tests.Demo;

/// <summary>One row of the demo's result: campaign, interest segment, distinct buyers, their spend.</summary>
internal sealed record ResultRow(string Campaign, string Segment, int Buyers, decimal Spend);
