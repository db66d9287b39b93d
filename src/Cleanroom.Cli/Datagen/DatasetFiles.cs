namespace Cleanroom.Cli.Datagen;

/// <summary>The files written for one table in one format, in row order.</summary>
internal sealed record DatasetFiles(DatasetTable Table, DatasetFormat Format, IReadOnlyList<string> Paths, long Rows);
