namespace Cleanroom.Sql.Tests;

/// <summary>Reads corpus files: entries separated by a line of exactly four dashes (a SQL comment, so files stay valid SQL).</summary>
internal static class CorpusFile
{
    public const string Separator = "----";

    public static IReadOnlyList<string> Entries(string path) =>
        [.. File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n" + Separator + "\n")
            .Select(e => e.Trim('\n'))
            .Where(e => e.Trim().Length > 0)];

    public static IEnumerable<(string File, int Index, string Text)> Positive() =>
        Directory.GetFiles(RepositoryFiles.CorpusPath("positive"), "*.sql")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => Entries(file).Select((text, index) => (System.IO.Path.GetFileName(file), index, text)));

    public static TheoryData<string, int> PositiveCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, index, _) in Positive())
            data.Add(file, index);
        return data;
    }

    public static string PositiveText(string file, int index) => Entries(RepositoryFiles.CorpusPath("positive", file))[index];
}
