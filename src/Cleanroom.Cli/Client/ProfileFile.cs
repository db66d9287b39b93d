namespace Cleanroom.Cli.Client;

/// <summary>
/// An AWS shared config or credentials file, read as botocore reads it (an INI file): <c>[section]</c> headers,
/// <c>key = value</c> (or <c>key: value</c>) lines with lower-cased keys, whole-line comments starting with <c>#</c> or
/// <c>;</c>, no inline comments, and indented lines continuing the previous value (nested settings such as
/// <c>s3 =</c> blocks, which nothing here reads).
/// </summary>
internal static class ProfileFile
{
    /// <summary>The sections of the file, by name as written; an absent file has none.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Read(string path)
    {
        var sections = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return sections;
        }

        Dictionary<string, string>? section = null;
        string? lastKey = null;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] is '#' or ';')
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]) && lastKey is not null)
            {
                continue;
            }

            if (text[0] == '[')
            {
                if (text[^1] != ']')
                {
                    throw new InvalidOperationException($"{path}, line {number}: a section header must end with ']'.");
                }

                var name = text[1..^1].Trim();
                if (!sections.TryGetValue(name, out var existing))
                {
                    existing = new Dictionary<string, string>(StringComparer.Ordinal);
                    sections[name] = existing;
                }

                section = (Dictionary<string, string>)existing;
                lastKey = null;
                continue;
            }

            var separator = text.IndexOfAny(['=', ':']);
            if (section is null || separator <= 0)
            {
                // Only the line number: the line itself may hold a secret.
                throw new InvalidOperationException($"{path}, line {number}: expected a [section] header or a 'key = value' line.");
            }

            lastKey = text[..separator].Trim().ToLowerInvariant();
            section[lastKey] = text[(separator + 1)..].Trim();
        }

        return sections;
    }
}
