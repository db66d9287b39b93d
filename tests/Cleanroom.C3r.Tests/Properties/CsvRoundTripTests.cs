using System.Buffers;
using System.Text;

namespace Cleanroom.C3r.Tests;

/// <summary>
/// Generated CSV data through encrypt and decrypt under every combination of the four collaboration settings:
/// decrypted rows equal the input, fingerprints equal independently computed ones.
/// </summary>
public sealed class CsvRoundTripTests
{
    private const int Rows = 120;

    /// <summary>Longest UTF-8 value a sealed cell with no padding can hold within the 16383-byte cell limit.</summary>
    private const int LongestSealed = 12219;

    public static TheoryData<bool, bool, bool, bool> AllSettings()
    {
        var data = new TheoryData<bool, bool, bool, bool>();
        for (var bits = 0; bits < 16; bits++)
        {
            data.Add((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllSettings))]
    public void Round_trip_under_settings(bool allowCleartext, bool allowDuplicates, bool allowJoins, bool preserveNulls)
    {
        var settings = new ClientSettings(allowCleartext, allowDuplicates, allowJoins, preserveNulls);
        var data = new GeneratedData(HashCode.Combine(allowCleartext, allowDuplicates, allowJoins, preserveNulls));
        using var directory = new TempDirectory();
        var customNull = allowJoins;
        var rows = Generate(data, settings, customNull);
        var input = directory.File("in.csv");
        WriteCsv(input, ["id", "text", "code", "blob"], rows, customNull ? "NULL" : null);

        var columns = new List<string>
        {
            """{ "sourceHeader": "text", "type": "sealed", "pad": { "type": "none" } }""",
            """{ "sourceHeader": "text", "targetHeader": "text_max", "type": "sealed", "pad": { "type": "max", "length": 3 } }""",
            """{ "sourceHeader": "code", "type": "sealed", "pad": { "type": "fixed", "length": 64 } }""",
            """{ "sourceHeader": "code", "type": "fingerprint" }""",
            """{ "sourceHeader": "code", "targetHeader": "code_other", "type": "fingerprint" }""",
            """{ "sourceHeader": "id", "targetHeader": "id_fp", "type": "fingerprint" }""",
            """{ "sourceHeader": "blob", "type": "sealed", "pad": { "type": "none" } }""",
        };
        if (allowCleartext)
        {
            columns.Add("""{ "sourceHeader": "text", "targetHeader": "text_clear", "type": "cleartext" }""");
        }

        var schema = C3rSchema.Parse($$"""{ "headerRow": true, "columns": [{{string.Join(",", columns)}}] }""");
        var secret = SharedSecret.FromBase64(VectorFiles.S1);
        var encrypted = directory.File("enc.csv");
        var nullOption = customNull ? "NULL" : null;
        new C3rEncryptor(secret, VectorFiles.Id1, settings).Encrypt(new EncryptOptions(input, encrypted, schema)
        {
            CsvInputNullValue = nullOption,
            CsvOutputNullValue = nullOption,
            ShuffleMemoryBytes = 64 * 1024,
        });
        var decrypted = directory.File("dec.csv");
        new C3rDecryptor(secret, VectorFiles.Id1).Decrypt(new DecryptOptions(encrypted, decrypted) { CsvInputNullValue = nullOption, CsvOutputNullValue = nullOption });

        var keys = KeyMaterial.ForCollaboration(secret, VectorFiles.Id1);
        var expected = rows.Select(r => Expected(r, keys, settings)).ToList();
        var actual = CsvRecords.Read(decrypted, nullOption);
        Assert.Equal(schema.TargetHeaders, actual[0].OfType<string>());
        var known = expected.SelectMany(r => r).Where(v => v?.StartsWith("02:hmac:", StringComparison.Ordinal) == true).ToHashSet();
        var produced = actual.Skip(1).Select(r => r.Select(v => C3rCell.Classify(v) == C3rCellKind.Fingerprint && !known.Contains(v) ? "random" : v).ToArray());
        Assert.Equal(CsvRecords.SortedKeys(expected), CsvRecords.SortedKeys(produced));

        // Same value, differently named fingerprint columns: joinable exactly when the setting allows it.
        var sample = actual.Skip(1).First(r => r[3] is not null && r[3] != "random" && known.Contains(r[3]));
        Assert.Equal(allowJoins, sample[3] == sample[4]);

        // Fixed and max pads hide lengths: one cell length per column.
        var cells = CsvRecords.Read(encrypted, nullOption).Skip(1).ToList();
        Assert.Single(cells.Select(r => r[1]).OfType<string>().Select(v => v.Length).Distinct());
        Assert.Single(cells.Select(r => r[2]).OfType<string>().Select(v => v.Length).Distinct());
    }

    /// <summary>Rows of (id, text, code); NULL as null. Duplicates and NULLs only where the settings allow them.</summary>
    private static List<string?[]> Generate(GeneratedData data, ClientSettings settings, bool emptyIsValue)
    {
        var rows = new List<string?[]>();
        var nullCodes = 0;
        for (var i = 0; i < Rows; i++)
        {
            string? text = data.Chance(0.1) ? null : data.Text(8);
            if (text == string.Empty && !emptyIsValue)
            {
                text = null;
            }

            string? code = settings.AllowDuplicates ? data.Text(2) : $"c{i}|" + data.Text(2);
            if (data.Chance(0.1) && (settings.AllowDuplicates || settings.PreserveNulls || nullCodes == 0))
            {
                code = null;
                nullCodes++;
            }

            if (code == string.Empty && !emptyIsValue)
            {
                code = null;
            }

            var blob = data.Text(3);
            rows.Add([$"{i}", text, code, blob.Length == 0 && !emptyIsValue ? null : blob]);
        }

        // The longest values the format allows: a max pad reaching the 12000-byte padded limit, a value filling a
        // fixed pad of 64, and an unpadded sealed value filling the 16383-byte cell limit.
        rows[0][1] = GeneratedData.OfUtf8Length(Pad.MaxPaddedSize - 3 - 1);
        rows[1][2] = GeneratedData.OfUtf8Length(63);
        rows[2][3] = GeneratedData.OfUtf8Length(LongestSealed);
        return rows;
    }

    /// <summary>The decrypted view of a row: sealed values back, fingerprints as computed here.</summary>
    private static string?[] Expected(string?[] row, KeyMaterial keys, ClientSettings settings)
    {
        string? Fingerprint(string? value, string column)
        {
            if (value is null)
            {
                return settings.PreserveNulls ? null : "random";
            }

            var body = Encoding.UTF8.GetBytes(value);
            var message = new byte[body.Length + 9];
            var length = ValueEncoding.FingerprintMessage(ClientDataType.String, body, message);
            var digest = System.Security.Cryptography.HMACSHA256.HashData(keys.FingerprintKey(column, settings.AllowJoinsOnColumnsWithDifferentNames), message.AsSpan(0, length));
            return "02:hmac:" + Convert.ToBase64String(digest);
        }

        var (id, text, code, blob) = (row[0], row[1], row[2], row[3]);
        List<string?> values = [text, text, code, Fingerprint(code, "code_fingerprint"), Fingerprint(code, "code_other"), Fingerprint(id, "id_fp"), blob];
        if (settings.AllowCleartext)
        {
            values.Add(text);
        }

        return [.. values];
    }

    private static void WriteCsv(string path, string[] headers, List<string?[]> rows, string? nullMarker)
    {
        var csv = new CsvOutput(nullMarker);
        var buffer = new ArrayBufferWriter<byte>();
        csv.Header(buffer, headers);
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0)
                {
                    CsvOutput.Separator(buffer);
                }

                if (row[c] is null)
                {
                    csv.Null(buffer);
                }
                else
                {
                    csv.Value(buffer, Encoding.UTF8.GetBytes(row[c]!), c == 0);
                }
            }

            CsvOutput.EndLine(buffer);
        }

        File.WriteAllBytes(path, buffer.WrittenSpan.ToArray());
    }
}
