namespace Cleanroom.Server.ProtectedQueries;

/// <summary>
/// Where one query's result is written: the receiver's bucket, a folder of its own (<c>&lt;keyPrefix&gt;/&lt;queryId&gt;/result/</c>),
/// the format, and whether it is one file. <see cref="ToRunner"/> is true for S3 output, whose location the runner
/// sees; for member output the runner learns only who received it.
/// </summary>
internal sealed record ResultDelivery(string AccountId, string Bucket, string Folder, string Format, bool SingleFile, bool ToRunner)
{
    public const string Csv = "CSV";
    public const string Parquet = "PARQUET";

    public string Extension => Format == Parquet ? "parquet" : "csv";

    public string ContentType => Format == Parquet ? "application/vnd.apache.parquet" : "text/csv";

    public static string FolderOf(string? keyPrefix, string queryId)
    {
        var prefix = (keyPrefix ?? string.Empty).Trim('/');
        return prefix.Length == 0 ? $"{queryId}/result/" : $"{prefix}/{queryId}/result/";
    }

    /// <summary>The key of the single result file.</summary>
    public string SingleKey(string queryId) => $"{Folder}{queryId}.{Extension}";

    /// <summary>The key of part <paramref name="index"/> of a result in several files.</summary>
    public string PartKey(int index) => $"{Folder}part-{index:D5}.{Extension}";

    /// <summary>What GetProtectedQuery reports: the file (one file) or the folder (parts).</summary>
    public string LocationOf(string queryId) => SingleFile ? $"s3://{Bucket}/{SingleKey(queryId)}" : $"s3://{Bucket}/{Folder}";
}
