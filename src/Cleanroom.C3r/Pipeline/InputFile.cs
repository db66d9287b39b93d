namespace Cleanroom.C3r;

/// <summary>Opens input files with errors that name the problem rather than throwing IO exceptions.</summary>
internal static class InputFile
{
    public static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new C3rException($"Cannot read the input file {path}: {e.Message}", e);
        }
    }

    public static C3rFileFormat Format(string path, C3rFileFormat? given)
    {
        if (given is C3rFileFormat format)
        {
            return format;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => C3rFileFormat.Csv,
            ".parquet" => C3rFileFormat.Parquet,
            _ => throw new C3rException($"Cannot tell the format of {path} from its extension; give the file format (csv or parquet)."),
        };
    }
}
