namespace Cleanroom.C3r.Tests;

/// <summary>Tab-separated test cases from Cases/*.txt; '#' lines are comments.</summary>
internal static class CaseFile
{
    public static TheoryData<string, string> Read(string name)
    {
        var path = Path.Combine(VectorFiles.RepositoryRoot, "tests", "Cleanroom.C3r.Tests", "Cases", name);
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            data.Add(line[..tab], line[(tab + 1)..]);
        }

        return data;
    }
}
