using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cleanroom.Server.Glue;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Model;

namespace Cleanroom.Server.Tests.ControlPlane;

/// <summary>
/// How a Glue table is read (<see cref="TableSource.Interpret"/>): every case of Cases/table-sources.json either
/// interprets to the expected location, format, dialect and columns, or is refused with the expected message.
/// </summary>
public sealed class TableSourceTests
{
    public static TheoryData<string> Cases() => [.. Load().Select(item => (string)item!["name"]!)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void GlueTableInterpretsOrIsRefused(string name)
    {
        var testCase = Load().Single(item => (string?)item!["name"] == name)!;
        var input = GlueTableRecord.TypedInput(testCase["table"]!.AsObject());
        if (testCase["error"] is { } error)
        {
            var refused = Assert.Throws<ApiException>(() => TableSource.Interpret(input));
            Assert.Equal("InvalidInputException", refused.Code);
            Assert.Contains((string)error!, refused.Message, StringComparison.Ordinal);
            return;
        }

        var source = TableSource.Interpret(input);
        var expect = testCase["expect"]!;
        Assert.Equal((string?)expect["format"], source.Format.ToString());
        Assert.Equal((string?)expect["bucket"], source.Location.Bucket);
        Assert.Equal((string?)expect["key"], source.Location.Key);
        Assert.Equal((bool)expect["prefix"]!, source.Location.IsPrefix);
        Assert.Equal(Strings(expect["columns"]), source.Columns.Select(column => $"{column.Name}:{column.Type}"));
        Assert.Equal(Strings(expect["partitions"]), source.PartitionKeys.Select(column => $"{column.Name}:{column.Type}"));
        if (source.Format == TableFormat.Parquet)
        {
            Assert.Null(source.Csv);
            return;
        }

        var csv = source.Csv!;
        Assert.Equal((string?)expect["delimiter"], csv.Delimiter.ToString());
        Assert.Equal((string?)expect["quote"], csv.Quote?.ToString());
        Assert.Equal((string?)expect["escape"], csv.Escape?.ToString());
        Assert.Equal((string?)expect["nullFormat"], csv.NullFormat);
        Assert.Equal((int)expect["headerLines"]!, csv.HeaderLines);
        Assert.Equal(csv.HeaderLines > 0, source.HasHeader);
    }

    [Fact]
    public void CsvObjectsAreDecompressedByExtension()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Cases", "object-compression.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToArray();
        Assert.True(lines.Length >= 10);
        foreach (var line in lines)
        {
            Assert.True(line[1] == TableSource.CompressionOf(line[0]).ToString(), $"{line[0]} should be {line[1]}");
        }
    }

    [Fact]
    public void ColumnsAreFoundByNameInAnyCase()
    {
        var source = TableSource.Interpret(GlueTableRecord.TypedInput(Load()[8]!["table"]!.AsObject()));
        Assert.Equal("year", source.Find("YEAR")!.Name);
        Assert.True(source.IsPartitionKey("Region"));
        Assert.False(source.IsPartitionKey("a"));
        Assert.Null(source.Find("missing"));
    }

    /// <summary>The generated Glue model's patterns compile the way the request validator compiles them.</summary>
    [Fact]
    public void GlueModelPatternsCompile()
    {
        var patterns = ServiceModel.Glue.Shapes.Values.Select(shape => shape.Pattern).OfType<string>().Distinct().ToArray();
        Assert.NotEmpty(patterns);
        var broken = new List<string>();
        foreach (var pattern in patterns)
        {
            try
            {
                _ = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                broken.Add(pattern);
            }
        }

        Assert.Empty(broken);

        Assert.Equal(9, ServiceModel.Glue.Operations.Count);
    }

    private static JsonArray Load() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "table-sources.json")))!.AsArray();

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!)];
}
