using System.Text.Json;

namespace Cleanroom.C3r;

/// <summary>Reads schema JSON with the reference client's field rules (spec 10.3).</summary>
internal static class SchemaJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static C3rSchema Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new C3rException($"The schema is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new C3rException("The schema must be a JSON object with `headerRow` and `columns`.");
            }

            if (!root.TryGetProperty("headerRow", out var headerRow) || headerRow.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new C3rException("The schema's `headerRow` must be the JSON boolean true (mapped schema) or false (positional schema).");
            }

            if (!root.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Array)
            {
                throw new C3rException("The schema's `columns` must be a JSON array.");
            }

            var schema = headerRow.GetBoolean() ? ParseMapped(columns) : ParsePositional(columns);
            CheckTargets(schema.Columns);
            return schema;
        }
    }

    private static C3rSchema ParseMapped(JsonElement columns)
    {
        var targets = new List<TargetColumn>();
        foreach (var column in columns.EnumerateArray())
        {
            if (column.ValueKind != JsonValueKind.Object)
            {
                throw new C3rException("Each column of a mapped schema must be a JSON object.");
            }

            var source = OptionalString(column, "sourceHeader")
                ?? throw new C3rException("Each column of a mapped schema needs a `sourceHeader`.");
            var sourceHeader = ColumnHeader.NormaliseAndValidate(source);
            var type = ParseType(column);
            var target = OptionalString(column, "targetHeader") is string given
                ? ColumnHeader.NormaliseAndValidate(given)
                : ColumnHeader.NormaliseAndValidate(DefaultTarget(sourceHeader, type));
            targets.Add(new TargetColumn(sourceHeader, null, target, type, ParsePad(column, type, sourceHeader)));
        }

        return new C3rSchema(true, targets, null);
    }

    private static C3rSchema ParsePositional(JsonElement columns)
    {
        var targets = new List<TargetColumn>();
        var index = 0;
        foreach (var group in columns.EnumerateArray())
        {
            if (group.ValueKind is JsonValueKind.Array)
            {
                foreach (var column in group.EnumerateArray())
                {
                    if (column.ValueKind != JsonValueKind.Object)
                    {
                        throw new C3rException("Each target of a positional schema must be a JSON object.");
                    }

                    if (column.TryGetProperty("sourceHeader", out var sourceHeader) && sourceHeader.ValueKind != JsonValueKind.Null)
                    {
                        throw new C3rException("Positional schemas must not name a `sourceHeader`; the position is the source.");
                    }

                    var target = OptionalString(column, "targetHeader")
                        ?? throw new C3rException("Each target of a positional schema needs a `targetHeader`.");
                    var type = ParseType(column);
                    targets.Add(new TargetColumn(
                        null, index, ColumnHeader.NormaliseAndValidate(target), type, ParsePad(column, type, $"_c{index}")));
                }
            }
            else if (group.ValueKind != JsonValueKind.Null)
            {
                throw new C3rException("Each entry of a positional schema's `columns` must be an array of targets (or empty).");
            }

            index++;
        }

        return new C3rSchema(false, targets, index);
    }

    private static void CheckTargets(IReadOnlyList<TargetColumn> columns)
    {
        if (columns.Count is 0 or > C3rSchema.MaxTargetColumns)
        {
            throw new C3rException($"A schema must define between 1 and {C3rSchema.MaxTargetColumns} target columns; found {columns.Count}.");
        }

        var duplicates = columns.GroupBy(c => c.TargetHeader, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"`{g.Key}`").ToList();
        if (duplicates.Count > 0)
        {
            throw new C3rException($"Target header name can only be used once. Duplicates found: {string.Join(", ", duplicates)}");
        }
    }

    private static ColumnType ParseType(JsonElement column)
    {
        var text = OptionalString(column, "type") ?? throw new C3rException("Each column needs a `type` (sealed, fingerprint or cleartext).");
        return ColumnHeader.JavaTrim(text).ToUpperInvariant() switch
        {
            "SEALED" => ColumnType.Sealed,
            "FINGERPRINT" => ColumnType.Fingerprint,
            "CLEARTEXT" => ColumnType.Cleartext,
            _ => throw new C3rException($"Unknown column type `{text}`: use sealed, fingerprint or cleartext."),
        };
    }

    private static Pad? ParsePad(JsonElement column, ColumnType type, string source)
    {
        var hasPad = column.TryGetProperty("pad", out var pad) && pad.ValueKind != JsonValueKind.Null;
        if (type != ColumnType.Sealed)
        {
            return hasPad ? throw new C3rException($"Padding is only available for sealed columns, but column {source} is {type.ToString().ToLowerInvariant()}.") : null;
        }

        if (!hasPad)
        {
            throw new C3rException($"Padding must be provided for sealed columns, but column {source} has none.");
        }

        if (pad.ValueKind != JsonValueKind.Object)
        {
            throw new C3rException($"The pad of column {source} must be a JSON object.");
        }

        var kindText = OptionalString(pad, "type") ?? throw new C3rException($"The pad of column {source} needs a `type` (none, fixed or max).");
        var kind = kindText.ToUpperInvariant() switch
        {
            "NONE" => PadKind.None,
            "FIXED" => PadKind.Fixed,
            "MAX" => PadKind.Max,
            _ => throw new C3rException($"Unknown pad type `{kindText}` for column {source}: use none, fixed or max."),
        };
        var hasLength = pad.TryGetProperty("length", out var length) && length.ValueKind != JsonValueKind.Null;
        if (kind == PadKind.None)
        {
            return hasLength ? throw new C3rException($"A pad of type none must not have a length (column {source}).") : Pad.NoPadding;
        }

        if (!hasLength || length.ValueKind != JsonValueKind.Number || !length.TryGetInt32(out var value) || value is < 0 or > Pad.MaxLength)
        {
            throw new C3rException($"A pad of type {kind.ToString().ToLowerInvariant()} needs an integer length between 0 and {Pad.MaxLength} (column {source}).");
        }

        return new Pad(kind, value);
    }

    private static string DefaultTarget(string source, ColumnType type) => type switch
    {
        ColumnType.Sealed => source + "_sealed",
        ColumnType.Fingerprint => source + "_fingerprint",
        _ => source,
    };

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new C3rException($"`{name}` must be a JSON string.")
            : null;
}
