namespace Cleanroom.Sql.Walking;

/// <summary>A node found in a query, with where it was found.</summary>
public sealed record Occurrence<T>(T Node, WalkContext Context);
