using System.Text;

namespace Cleanroom.Sql.Functions;

/// <summary>
/// Translates Spark datetime patterns (<c>yyyy-MM-dd HH:mm:ss</c>) into DuckDB strftime/strptime specifiers.
/// Only the letters below are accepted; anything else makes the pattern unsupported (null).
/// </summary>
internal static class DateTimePattern
{
    public static string? Translate(string pattern, bool parsing)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                var end = pattern.IndexOf('\'', i + 1);
                if (end < 0)
                    return null;
                if (end == i + 1)
                    output.Append('\'');
                else
                    output.Append(pattern.AsSpan(i + 1, end - i - 1).ToString().Replace("%", "%%", StringComparison.Ordinal));
                i = end + 1;
                continue;
            }
            if (!char.IsAsciiLetter(c))
            {
                output.Append(c == '%' ? "%%" : c.ToString());
                i++;
                continue;
            }
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
                run++;
            var specifier = Specifier(c, run, parsing);
            if (specifier is null)
                return null;
            output.Append(specifier);
            i += run;
        }
        return output.ToString();
    }

    private static string? Specifier(char letter, int run, bool parsing) => (letter, run) switch
    {
        ('y', 2) => "%y",
        ('y', 1 or 4) => "%Y",
        ('M', 1) => parsing ? "%m" : "%-m",
        ('M', 2) => "%m",
        ('M', 3) => "%b",
        ('M', 4) => "%B",
        ('d', 1) => parsing ? "%d" : "%-d",
        ('d', 2) => "%d",
        ('D', 1) => parsing ? "%j" : "%-j",
        ('D', 3) => "%j",
        ('H', 1) => parsing ? "%H" : "%-H",
        ('H', 2) => "%H",
        ('h', 1) => parsing ? "%I" : "%-I",
        ('h', 2) => "%I",
        ('m', 1) => parsing ? "%M" : "%-M",
        ('m', 2) => "%M",
        ('s', 1) => parsing ? "%S" : "%-S",
        ('s', 2) => "%S",
        ('S', 3) => "%g",
        ('S', 6) => "%f",
        ('a', 1) => "%p",
        ('E', 3) => "%a",
        ('E', 4) => "%A",
        _ => null,
    };
}
