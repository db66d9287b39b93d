using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Cleanroom.Cli.Demo.Output;

/// <summary>A CSV result file as a table: its header, then its rows, numbers right-aligned.</summary>
internal static class ResultTable
{
    public static Table From(byte[] csv, string title)
    {
        var lines = Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Fields(line.TrimEnd('\r'))).ToArray();
        var table = new Table().Title(Markup.Escape(title));
        if (lines.Length == 0)
        {
            return table.AddColumn("(empty result)");
        }

        var header = lines[0];
        var rows = lines.Skip(1).ToArray();
        for (var column = 0; column < header.Count; column++)
        {
            var numeric = rows.Length > 0 && rows.All(row => column < row.Count && decimal.TryParse(row[column], NumberStyles.Number, CultureInfo.InvariantCulture, out _));
            table.AddColumn(new TableColumn(Markup.Escape(header[column])) { Alignment = numeric ? Justify.Right : Justify.Left });
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row.Take(header.Count).Select(Markup.Escape)]);
        }

        return table;
    }

    /// <summary>One CSV line's fields (RFC 4180 quoting; results never span lines here since no value holds a newline).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < line.Length; index++)
        {
            var c = line[index];
            if (quoted)
            {
                if (c == '"' && index + 1 < line.Length && line[index + 1] == '"')
                {
                    field.Append('"');
                    index++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
