using Cleanroom.Server.Glue;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>Files of one table read with the same settings: one compression and one value per partition key (null: Hive's default partition).</summary>
internal sealed record FileGroup(IReadOnlyList<string> Paths, FileCompression Compression, IReadOnlyList<string?> PartitionValues);
