namespace Cleanroom.Cli.Datagen;

/// <summary>A column of a dataset table and its Glue type (the Parquet files hold exactly the DuckDB type of it).</summary>
internal sealed record DatasetColumn(string Name, string GlueType);
