using System.Text.Json;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>
/// A property selector: <c>$.a.b</c>, <c>$.list[0]</c>, <c>$.list[*].name</c>. Each step is a property name or
/// an array index (<c>*</c>: every element).
/// </summary>
internal sealed record JsonSelector(string Text, IReadOnlyList<JsonSelector.Step> Steps)
{
    public static JsonSelector Parse(string text)
    {
        if (!text.StartsWith('$'))
        {
            throw new FilterPatternException($"A JSON filter selector starts with '$': {text}");
        }

        var steps = new List<Step>();
        var index = 1;
        while (index < text.Length)
        {
            if (text[index] == '.')
            {
                var start = ++index;
                while (index < text.Length && text[index] is not ('.' or '['))
                {
                    index++;
                }

                if (index == start)
                {
                    throw new FilterPatternException($"The JSON filter selector {text} has an empty property name.");
                }

                steps.Add(new Step(text[start..index], null));
            }
            else if (text[index] == '[')
            {
                var end = text.IndexOf(']', index);
                var inside = end < 0 ? string.Empty : text[(index + 1)..end];
                if (inside != "*" && !int.TryParse(inside, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    throw new FilterPatternException($"The JSON filter selector {text} has an invalid array index.");
                }

                steps.Add(new Step(null, inside == "*" ? -1 : int.Parse(inside, System.Globalization.CultureInfo.InvariantCulture)));
                index = end + 1;
            }
            else
            {
                throw new FilterPatternException($"The JSON filter selector {text} is not valid.");
            }
        }

        return new JsonSelector(text, steps);
    }

    /// <summary>Every value the selector reaches in <paramref name="root"/>.</summary>
    public IEnumerable<JsonElement> Select(JsonElement root)
    {
        IEnumerable<JsonElement> current = [root];
        foreach (var step in Steps)
        {
            current = current.SelectMany(step.Apply).ToList();
        }

        return current;
    }

    /// <summary>A property (<see cref="Property"/>) or an index (<see cref="Index"/>; -1 for every element).</summary>
    internal sealed record Step(string? Property, int? Index)
    {
        public IEnumerable<JsonElement> Apply(JsonElement element)
        {
            if (Property is not null)
            {
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(Property, out var value) ? [value] : [];
            }

            if (element.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return Index == -1 ? element.EnumerateArray().ToList()
                : Index < element.GetArrayLength() ? [element[Index!.Value]]
                : [];
        }
    }
}
