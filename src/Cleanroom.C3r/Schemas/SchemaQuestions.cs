using System.Globalization;

namespace Cleanroom.C3r;

/// <summary>Asks the interactive schema questions; an invalid answer repeats the question, no answer is an error.</summary>
internal sealed class SchemaQuestions(TextReader answers, TextWriter prompts)
{
    public int Number(string question, int? fallback, int maximum)
    {
        while (true)
        {
            var answer = Ask($"{question} [0-{maximum}]{(fallback is int d ? $" (default {d})" : string.Empty)}");
            if (answer.Length == 0 && fallback is int value)
            {
                return value;
            }

            if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= maximum)
            {
                return number;
            }

            prompts.WriteLine($"Please answer with a whole number from 0 to {maximum}.");
        }
    }

    /// <summary>Options are matched by prefix: "s", "se" and "sealed" all choose sealed.</summary>
    public string Choice(string question, string[] options, string? fallback)
    {
        var labels = string.Join(", ", options.Select(o => $"[{o[0]}]{o[1..]}"));
        while (true)
        {
            var answer = Ask($"{question} {labels}{(fallback is null ? string.Empty : $" (default {fallback})")}").ToLowerInvariant();
            if (answer.Length == 0 && fallback is not null)
            {
                return fallback;
            }

            var matches = answer.Length == 0 ? [] : options.Where(o => o.StartsWith(answer, StringComparison.Ordinal)).ToArray();
            if (matches.Length == 1)
            {
                return matches[0];
            }

            prompts.WriteLine($"Please answer with one of: {labels}.");
        }
    }

    /// <summary>The target header: a name (default the source's), then an optional type suffix; unique in the schema.</summary>
    public string Header(string source, ColumnType type, HashSet<string> used)
    {
        while (true)
        {
            var answer = Ask($"Target column name (default `{source}`)");
            string header;
            try
            {
                header = ColumnHeader.NormaliseAndValidate(answer.Length == 0 ? source : answer);
            }
            catch (C3rException e)
            {
                prompts.WriteLine(e.Message);
                continue;
            }

            if (type != ColumnType.Cleartext)
            {
                var suffix = type == ColumnType.Sealed ? "_sealed" : "_fingerprint";
                if (Choice($"Add the suffix `{suffix}` to `{header}`?", ["yes", "no"], "yes") == "yes")
                {
                    header += suffix;
                }
            }

            if (header.Length <= ColumnHeader.MaxLength && used.Add(header))
            {
                return header;
            }

            prompts.WriteLine($"The target column name `{header}` is already used or too long; choose another.");
        }
    }

    private string Ask(string question)
    {
        prompts.Write(question + ": ");
        prompts.Flush();
        var line = answers.ReadLine() ?? throw new C3rException($"No answer was given to: {question}");
        return line.Trim();
    }
}
