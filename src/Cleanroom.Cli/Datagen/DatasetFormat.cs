namespace Cleanroom.Cli.Datagen;

/// <summary>The file formats the dataset is written in; both hold the same rows in the same order.</summary>
[Flags]
internal enum DatasetFormat
{
    Parquet = 1,
    Csv = 2,
    Both = Parquet | Csv,
}
