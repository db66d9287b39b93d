using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cleanroom.C3r;

/// <summary>
/// Writes starting schemas for an input file (spec 10.4): a template to edit by hand, or one built from answers to
/// questions. The JSON layout matches the reference client's files.
/// </summary>
public static class C3rSchemaGenerator
{
    private const string PadComment = "omit this pad entry unless column type is sealed";
    private const string PadTypes = "[none|fixed|max]";
    private const string PadLength = "omit length property for type none, otherwise specify value in [0, 10000]";

    /// <summary>A template listing every input column with placeholder type and pad.</summary>
    public static string Template(string inputPath, C3rFileFormat? format, bool hasHeaderRow, bool allowCleartext)
    {
        var columns = Columns(inputPath, format, hasHeaderRow);
        var typeChoices = allowCleartext ? "[sealed|fingerprint|cleartext]" : "[sealed|fingerprint]";
        return Json(writer =>
        {
            writer.WriteBoolean("headerRow", hasHeaderRow);
            writer.WriteStartArray("columns");
            for (var i = 0; i < columns.Count; i++)
            {
                var (name, type) = columns[i];
                var unsupported = type == ClientDataType.Unknown;
                if (unsupported && !allowCleartext)
                {
                    continue;
                }

                if (!hasHeaderRow)
                {
                    writer.WriteStartArray();
                }

                writer.WriteStartObject();
                if (hasHeaderRow)
                {
                    writer.WriteString("sourceHeader", name);
                }

                writer.WriteString("targetHeader", name);
                writer.WriteString("type", unsupported ? "cleartext" : typeChoices);
                if (!unsupported)
                {
                    writer.WriteStartObject("pad");
                    writer.WriteString("COMMENT", PadComment);
                    writer.WriteString("type", PadTypes);
                    writer.WriteString("length", PadLength);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                if (!hasHeaderRow)
                {
                    writer.WriteEndArray();
                }
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>
    /// Asks, per input column, how many targets to make and how; answers are read line by line from
    /// <paramref name="answers"/> and questions written to <paramref name="prompts"/>.
    /// </summary>
    public static string Interactive(
        string inputPath, C3rFileFormat? format, bool hasHeaderRow, bool allowCleartext, TextReader answers, TextWriter prompts)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(prompts);
        var questions = new SchemaQuestions(answers, prompts);
        var columns = Columns(inputPath, format, hasHeaderRow);
        var targets = new List<List<TargetColumn>>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var (name, type) = columns[i];
            var group = new List<TargetColumn>();
            targets.Add(group);
            if (type == ClientDataType.Unknown && !allowCleartext)
            {
                prompts.WriteLine($"Column `{name}` has a type that can only be cleartext, which this collaboration forbids; skipping it.");
                continue;
            }

            var count = questions.Number($"How many target columns should source column `{name}` produce?", 1, C3rSchema.MaxTargetColumns);
            for (var t = 0; t < count; t++)
            {
                var columnType = type == ClientDataType.Unknown
                    ? ColumnType.Cleartext
                    : questions.Choice(
                        $"Target column type for `{name}`:",
                        allowCleartext ? ["cleartext", "fingerprint", "sealed"] : ["fingerprint", "sealed"],
                        null) switch
                    {
                        "cleartext" => ColumnType.Cleartext,
                        "fingerprint" => ColumnType.Fingerprint,
                        _ => ColumnType.Sealed,
                    };
                var header = questions.Header(name, columnType, used);
                Pad? pad = null;
                if (columnType == ColumnType.Sealed)
                {
                    pad = questions.Choice("Padding type:", ["none", "fixed", "max"], "max") switch
                    {
                        "none" => Pad.NoPadding,
                        "fixed" => new Pad(PadKind.Fixed, questions.Number("Fixed padded length in bytes:", null, Pad.MaxLength)),
                        _ => new Pad(PadKind.Max, questions.Number("Bytes to add to the longest value:", 0, Pad.MaxLength)),
                    };
                }

                group.Add(new TargetColumn(hasHeaderRow ? name : null, hasHeaderRow ? null : i, header, columnType, pad));
            }
        }

        if (targets.Sum(g => g.Count) == 0)
        {
            throw new C3rException("No target columns were chosen; a schema needs at least one.");
        }

        return Json(writer =>
        {
            writer.WriteStartArray("columns");
            foreach (var group in targets)
            {
                if (!hasHeaderRow)
                {
                    writer.WriteStartArray();
                }

                foreach (var target in group)
                {
                    WriteTarget(writer, target);
                }

                if (!hasHeaderRow)
                {
                    writer.WriteEndArray();
                }
            }

            writer.WriteEndArray();
            writer.WriteBoolean("headerRow", hasHeaderRow);
        });
    }

    private static void WriteTarget(Utf8JsonWriter writer, TargetColumn target)
    {
        writer.WriteStartObject();
        writer.WriteString("type", target.Type.ToString().ToLowerInvariant());
        if (target.Pad is { } pad)
        {
            writer.WriteStartObject("pad");
            writer.WriteString("type", pad.Kind.ToString().ToUpperInvariant());
            if (pad.Kind != PadKind.None)
            {
                writer.WriteNumber("length", pad.Length);
            }

            writer.WriteEndObject();
        }

        if (target.SourceHeader is not null)
        {
            writer.WriteString("sourceHeader", target.SourceHeader);
        }

        writer.WriteString("targetHeader", target.TargetHeader);
        writer.WriteEndObject();
    }

    /// <summary>Input columns as (normalised name, type); positional names are _c0, _c1, ...</summary>
    private static List<(string Name, ClientDataType Type)> Columns(string inputPath, C3rFileFormat? given, bool hasHeaderRow)
    {
        var format = InputFile.Format(inputPath, given);
        if (format == C3rFileFormat.Parquet)
        {
            if (!hasHeaderRow)
            {
                throw new C3rException("Parquet files always have named columns; a schema without headers is for CSV only.");
            }

            using var parquet = ParquetTableReader.Open(inputPath, false);
            return [.. parquet.Columns.Select(c => (ColumnHeader.NormaliseAndValidate(c.Name), c.Type))];
        }

        using var csv = new CsvReader(InputFile.Open(inputPath), CsvNullRule.None);
        var first = csv.ReadHeader() ?? throw new C3rException("The input file is empty.");
        return hasHeaderRow
            ? [.. first.Select(h => (ColumnHeader.NormaliseAndValidate(h), ClientDataType.String))]
            : [.. first.Select((_, i) => ($"_c{i}", ClientDataType.String))];
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
