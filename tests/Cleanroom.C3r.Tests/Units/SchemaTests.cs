namespace Cleanroom.C3r.Tests;

/// <summary>Schema JSON rules (spec 10, 11): the reference samples parse; broken schemas fail clearly.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string, string> Errors() => CaseFile.Read("schema-errors.txt");

    [Theory]
    [MemberData(nameof(Errors))]
    public void Broken_schema_is_refused(string message, string json) =>
        Assert.Contains(message, Assert.Throws<C3rException>(() => C3rSchema.Parse(json)).Message);

    [Fact]
    public void Reference_samples_parse_with_normalised_and_default_headers()
    {
        var schema = C3rSchema.Load(VectorFiles.Path("samples", "schema", "config_sample.json"));
        Assert.Equal(
            ["firstname", "lastname", "address", "city", "state", "phonenumber_cleartext", "phonenumber_sealed", "phonenumber_fingerprint", "title", "level", "notes"],
            schema.TargetHeaders);
        var defaults = C3rSchema.Load(VectorFiles.Path("samples", "schema", "6column.json"));
        Assert.Equal(["cleartext", "sealed_none_sealed", "sealed_max_sealed", "sealed_fixed_sealed", "fingerprint_1_fingerprint", "fingerprint_2_fingerprint"], defaults.TargetHeaders);
        var positional = C3rSchema.Load(VectorFiles.Path("samples", "schema", "config_sample_no_headers.json"));
        Assert.False(positional.HeaderRow);
        Assert.Equal(9, positional.PositionalColumnCount);
    }

    [Fact]
    public void Lenient_json_and_loose_type_spelling_are_accepted()
    {
        var schema = C3rSchema.Parse("""
            // a comment
            { "headerRow": true, "COMMENT": "ignored", "columns": [ { "sourceHeader": " Name ", "type": " Sealed ", "pad": { "type": "max", "length": 0 } }, ] }
            """);
        Assert.Equal(["name_sealed"], schema.TargetHeaders);
    }
}
