using System.Text.RegularExpressions;

namespace Cleanroom.Rules.Tests.Support;

/// <summary>
/// Reads Cases/*.cases: entries separated by a line <c>----</c>; each starts with <c>-- key: value</c> headers, then
/// the SQL. Headers: <c>case</c> (name), <c>setup</c> (Setups/ file, inherited by later entries), <c>set</c>
/// (<c>target = json</c>, see <see cref="Setup.With"/>), <c>template</c> (<c>arn by account</c>), <c>expect</c>
/// (<c>allowed</c> or <c>rejected</c>), <c>violation</c> (<c>rule [@ line:column] | message fragment</c>),
/// <c>output</c> (expected result header, comma-separated), <c>run</c> (<c>no …reason</c>: accepted, but not executed).
/// </summary>
internal static partial class CaseFile
{
    public static IReadOnlyList<QueryCase> All() =>
        [.. Directory.GetFiles(RepositoryFiles.TestData("Cases"), "*.cases").Order(StringComparer.Ordinal).SelectMany(Read)];

    public static TheoryData<string, string> Names()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in All())
            data.Add(entry.File, entry.Name);
        return data;
    }

    public static QueryCase Get(string file, string name) => All().Single(c => c.File == file && c.Name == name);

    public static IEnumerable<QueryCase> Read(string path)
    {
        var file = Path.GetFileName(path);
        string? setup = null;
        var entries = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n----\n");
        foreach (var entry in entries.Where(e => e.Trim().Length > 0))
        {
            var lines = entry.Trim('\n').Split('\n');
            var headers = lines.TakeWhile(l => HeaderLine().IsMatch(l)).Select(l => HeaderLine().Match(l)).ToList();
            string Header(string key) => headers.Where(h => h.Groups[1].Value == key).Select(h => h.Groups[2].Value.Trim()).SingleOrDefault() ?? "";
            IEnumerable<string> All(string key) => headers.Where(h => h.Groups[1].Value == key).Select(h => h.Groups[2].Value.Trim());
            setup = Header("setup") is { Length: > 0 } named ? named : setup;
            var expect = Header("expect");
            var template = Header("template") is { Length: > 0 } run ? run.Split(" by ") : null;
            yield return new QueryCase(
                file,
                Header("case"),
                setup ?? throw new FormatException($"{file}: no setup before case {Header("case")}"),
                [.. All("set").Select(s => s.Split(" = ", 2)).Select(p => (p[0].Trim(), p[1].Trim()))],
                template is null ? null : new TemplateRun(template[0].Trim(), template[1].Trim()),
                expect switch
                {
                    "allowed" => true,
                    "rejected" => false,
                    _ => throw new FormatException($"{file}: case {Header("case")} must expect allowed or rejected"),
                },
                [.. All("violation").Select(Violation)],
                Header("output") is { Length: > 0 } output ? [.. output.Split(',').Select(o => o.Trim())] : null,
                !Header("run").StartsWith("no", StringComparison.Ordinal),
                string.Join('\n', lines.Skip(headers.Count)));
        }
    }

    private static ExpectedViolation Violation(string text)
    {
        var match = ViolationText().Match(text);
        if (!match.Success)
            throw new FormatException("a violation reads: rule [@ line:column] | fragment — got " + text);
        return new ExpectedViolation(
            match.Groups["rule"].Value,
            match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            match.Groups["fragment"].Value.Trim());
    }

    [GeneratedRegex(@"^-- ([a-z]+):(.*)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^(?<rule>[a-zA-Z.]+)\s*(@\s*(?<line>\d+):(?<column>\d+))?\s*\|(?<fragment>.*)$")]
    private static partial Regex ViolationText();
}
