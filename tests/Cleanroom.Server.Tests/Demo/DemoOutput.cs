using System.Globalization;
using System.Text.RegularExpressions;

namespace Cleanroom.Server.Tests.Demo;

/// <summary>Reads what <c>cleanroom demo</c> printed (not a terminal: plain lines and box-drawn tables).</summary>
internal sealed partial class DemoOutput(string text)
{
    public string Text { get; } = text;

    public IReadOnlyList<string> Lines { get; } = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    /// <summary>The rows of the result table (four cells: campaign, segment, buyers, spend).</summary>
    public IReadOnlyList<ResultRow> ResultRows() => [.. Lines
        .Select(line => ResultLine().Match(line))
        .Where(match => match.Success)
        .Select(match => new ResultRow(
            match.Groups["campaign"].Value,
            match.Groups["segment"].Value,
            int.Parse(match.Groups["buyers"].Value, CultureInfo.InvariantCulture),
            decimal.Parse(match.Groups["spend"].Value, CultureInfo.InvariantCulture)))];

    /// <summary>The rows of one member's query log table: its cells, from the line after its title to the table's end.</summary>
    public IReadOnlyList<string[]> LogRows(string member)
    {
        var start = Lines.ToList().FindIndex(line => line.Contains($"{member}'s query log:", StringComparison.Ordinal));
        if (start < 0)
        {
            return [];
        }

        return [.. Lines.Skip(start + 1)
            .SkipWhile(line => !line.StartsWith('├'))
            .Skip(1)
            .TakeWhile(line => line.StartsWith('│'))
            .Select(line => line.Trim('│').Split('│').Select(cell => cell.Trim()).ToArray())];
    }

    /// <summary>The id printed for a step, e.g. "Collaboration &lt;id&gt;:".</summary>
    public string IdAfter(string label)
    {
        var match = Regex.Match(Text, Regex.Escape(label) + @" ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No id after '{label}' in:\n{Text}");
    }

    [GeneratedRegex(@"^│ (?<campaign>[a-z-]+) +│ (?<segment>[a-z-]+) +│ +(?<buyers>\d+) │ +(?<spend>\d+\.\d{2}) │$")]
    private static partial Regex ResultLine();
}
