namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>A table to read and its files, grouped.</summary>
internal sealed record TableData(TableRead Table, IReadOnlyList<FileGroup> Files);
