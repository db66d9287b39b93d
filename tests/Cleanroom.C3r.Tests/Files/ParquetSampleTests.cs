using System.Text;

namespace Cleanroom.C3r.Tests;

/// <summary>The reference repository's Parquet samples (spec 13, vectors README).</summary>
public sealed class ParquetSampleTests
{
    private static string Sample(string name) => VectorFiles.Path("samples", "parquet", name);

    [Fact]
    public void Supported_types_give_the_reference_fingerprints()
    {
        using var directory = new TempDirectory();
        var keys = new KeyMaterial(SharedSecret.FromBase64(VectorFiles.S1), Encoding.UTF8.GetBytes("saltybytes"));
        var encrypted = directory.File("out.parquet");
        var schema = C3rSchema.Load(VectorFiles.Path("samples", "schema", "supported_and_unsupported_types.json"));
        new C3rEncryptor(keys, ClientSettings.LowAssurance).Encrypt(
            new EncryptOptions(Sample("supported_and_unsupported_types.parquet"), encrypted, schema) { ParquetBinaryAsString = true });

        var rows = ReadRows(encrypted);
        var row = Assert.Single(rows, r => (string?)r["strings_cleartext"] == "100");
        Assert.Equal("02:hmac:fo5/pWuUN3inaftbnE6a1tAx3JH6TsxC1P8vqIfIRBU=", row["strings_fingerprint"]);
        Assert.Equal("02:hmac:4Hw6YtZFNIYYWbQMpOjdnIOMMzq5Kzzi0DWa3V5NBvg=", row["small_ints_fingerprint"]);
        Assert.Equal("02:hmac:4Hw6YtZFNIYYWbQMpOjdnIOMMzq5Kzzi0DWa3V5NBvg=", row["ints_fingerprint"]);
        Assert.Equal("02:hmac:4Hw6YtZFNIYYWbQMpOjdnIOMMzq5Kzzi0DWa3V5NBvg=", row["big_ints_fingerprint"]);
        Assert.Equal("02:hmac:uW2l4SJrRdcch0N+twOptppUcOxpCB9Xe3qkJglhWQI=", row["bools_fingerprint"]);
        Assert.Equal("02:hmac:uBJMpqWkIO76V4zO7g20uQiegwbZ9W6zaMns1fcZz7o=", row["dates32_fingerprint"]);
        Assert.Equal((short)100, row["small_ints_cleartext"]);
        Assert.Equal(10, rows.Count);

        // Sealed strings decrypt back to the cleartext column.
        var decrypted = directory.File("back.parquet");
        new C3rDecryptor(keys).Decrypt(new DecryptOptions(encrypted, decrypted));
        Assert.All(ReadRows(decrypted), r => Assert.Equal(r["strings_cleartext"], r["SEALEDstrings"]));
    }

    [Fact]
    public void Nested_columns_are_rejected_and_leave_no_output()
    {
        using var directory = new TempDirectory();
        var schema = C3rSchema.Load(VectorFiles.Path("samples", "schema", "all_valid_types_and_list_schema.json"));
        var error = Assert.Throws<C3rException>(() => new C3rEncryptor(SharedSecret.FromBase64(VectorFiles.S1), VectorFiles.Id1, ClientSettings.LowAssurance)
            .Encrypt(new EncryptOptions(Sample("all_valid_types_and_list.parquet"), directory.File("out.parquet"), schema) { ParquetBinaryAsString = true }));
        Assert.Contains("nested or repeated", error.Message);
        Assert.Empty(directory.Files());
    }

    [Fact]
    public void Typed_sealed_values_round_trip_through_parquet()
    {
        using var directory = new TempDirectory();
        var json = """
            { "headerRow": true, "columns": [
              { "sourceHeader": "boolean", "type": "sealed", "pad": { "type": "none" } },
              { "sourceHeader": "string", "type": "sealed", "pad": { "type": "max", "length": 4 } },
              { "sourceHeader": "int16", "type": "sealed", "pad": { "type": "fixed", "length": 16 } },
              { "sourceHeader": "int32", "type": "sealed", "pad": { "type": "none" } },
              { "sourceHeader": "int64", "type": "sealed", "pad": { "type": "none" } },
              { "sourceHeader": "float", "type": "sealed", "pad": { "type": "none" } },
              { "sourceHeader": "double", "type": "sealed", "pad": { "type": "none" } },
              { "sourceHeader": "timestamp", "type": "sealed", "pad": { "type": "none" } },
              { "sourceHeader": "int8", "type": "cleartext" },
              { "sourceHeader": "int32", "type": "fingerprint" }
            ] }
            """;
        var secret = SharedSecret.FromBase64(VectorFiles.S1);
        var encrypted = directory.File("out.parquet");
        new C3rEncryptor(secret, VectorFiles.Id1, ClientSettings.LowAssurance)
            .Encrypt(new EncryptOptions(Sample("rows_100_groups_10_prim_data.parquet"), encrypted, C3rSchema.Parse(json)));
        var decrypted = directory.File("back.parquet");
        new C3rDecryptor(secret, VectorFiles.Id1).Decrypt(new DecryptOptions(encrypted, decrypted));

        var original = ReadRows(Sample("rows_100_groups_10_prim_data.parquet"));
        var back = ReadRows(decrypted);
        Assert.Equal(original.Count, back.Count);
        string Key(IReadOnlyDictionary<string, object?> r, string prefix) =>
            string.Join("|", new[] { "boolean", "string", "int16", "int32", "int64", "float", "double", "timestamp" }
                .Select(c => Convert.ToString(r[prefix + c], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(
            original.Select(r => Key(r, string.Empty)).Order(StringComparer.Ordinal),
            back.Select(r => Key(r, "SEALED")).Order(StringComparer.Ordinal));
    }

    /// <summary>Rows as column → value maps; sealed columns are keyed "SEALED" + source name for the round-trip check.</summary>
    private static List<IReadOnlyDictionary<string, object?>> ReadRows(string path)
    {
        using var reader = ParquetTableReader.Open(path, false);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.ReadGroup(g);
            for (var row = 0; row < (group.Length == 0 ? 0 : group[0].Length); row++)
            {
                var values = new Dictionary<string, object?>();
                for (var c = 0; c < group.Length; c++)
                {
                    var name = reader.Columns[c].Name;
                    values[name.EndsWith("_sealed", StringComparison.Ordinal) ? "SEALED" + name[..^7] : name] = group[c][row];
                }

                rows.Add(values);
            }
        }

        return rows;
    }
}
