namespace Cleanroom.C3r.Tests;

/// <summary>
/// The reference client's whole-file scenarios: its encrypted files decrypt to its decrypted files byte for byte, and
/// our encryption of the same input decrypts to the same rows with the same fingerprints and padded lengths.
/// </summary>
public sealed class WholeFileScenarioTests
{
    public static TheoryData<string> Encrypted =>
    [
        "custom_null_values", "edge_custom_null", "edge_low_assurance", "edge_nulls_encrypted", "positional_no_headers",
        "sample_high_assurance", "sample_mixed", "sample_x3_low_assurance", "marshalled_data_sample_decrypt",
    ];

    public static TheoryData<string> Encryptable =>
    [
        "custom_null_values", "edge_custom_null", "edge_low_assurance", "edge_nulls_encrypted", "positional_no_headers",
        "sample_high_assurance", "sample_mixed", "sample_x3_low_assurance",
    ];

    [Theory]
    [MemberData(nameof(Encrypted))]
    public void Reference_output_decrypts_byte_for_byte(string name)
    {
        var scenario = new Scenario(name);
        using var directory = new TempDirectory();
        var output = directory.File("decrypted.csv");
        new C3rDecryptor(scenario.Secret, scenario.CollaborationId).Decrypt(scenario.DecryptOptions(scenario.File("encrypted.csv"), output));
        Assert.Equal(File.ReadAllBytes(scenario.File("decrypted.csv")), File.ReadAllBytes(output));
    }

    [Fact]
    public void Reference_output_decrypts_without_output_null_marker()
    {
        var scenario = new Scenario("edge_custom_null");
        using var directory = new TempDirectory();
        var output = directory.File("decrypted.csv");
        var options = new DecryptOptions(scenario.File("encrypted.csv"), output) { CsvInputNullValue = "NULL" };
        new C3rDecryptor(scenario.Secret, scenario.CollaborationId).Decrypt(options);
        Assert.Equal(File.ReadAllBytes(scenario.File("decrypted_default_output_null.csv")), File.ReadAllBytes(output));
    }

    [Theory]
    [MemberData(nameof(Encryptable))]
    public void Our_encryption_decrypts_to_the_reference_rows(string name)
    {
        var scenario = new Scenario(name);
        using var directory = new TempDirectory();
        var encrypted = directory.File("encrypted.csv");
        var decrypted = directory.File("decrypted.csv");
        new C3rEncryptor(scenario.Secret, scenario.CollaborationId, scenario.Settings).Encrypt(scenario.EncryptOptions(encrypted));
        new C3rDecryptor(scenario.Secret, scenario.CollaborationId).Decrypt(scenario.DecryptOptions(encrypted, decrypted));

        var ours = CsvRecords.Read(decrypted, scenario.DecryptOutputNull);
        var reference = CsvRecords.Read(scenario.File("decrypted.csv"), scenario.DecryptOutputNull);
        Assert.Equal(reference[0], ours[0]);
        if (!scenario.Settings.PreserveNulls)
        {
            MaskRandomFingerprints(ours, reference);
        }

        // Rows are shuffled; as multisets they must agree, fingerprints included.
        Assert.Equal(CsvRecords.SortedKeys(reference.Skip(1)), CsvRecords.SortedKeys(ours.Skip(1)));
        Assert.Equal(File.ReadAllLines(scenario.File("encrypted.csv"))[0], File.ReadAllLines(encrypted)[0]);
        Assert.Equal(PaddedLengths(scenario.File("encrypted.csv"), scenario), PaddedLengths(encrypted, scenario));
    }

    [Fact]
    public void Rows_are_shuffled()
    {
        var scenario = new Scenario("sample_x3_low_assurance");
        using var directory = new TempDirectory();
        var orders = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            var encrypted = directory.File($"encrypted{i}.csv");
            var decrypted = directory.File($"decrypted{i}.csv");
            new C3rEncryptor(scenario.Secret, scenario.CollaborationId, scenario.Settings).Encrypt(scenario.EncryptOptions(encrypted));
            new C3rDecryptor(scenario.Secret, scenario.CollaborationId).Decrypt(new DecryptOptions(encrypted, decrypted));
            orders.Add(string.Join("|", CsvRecords.Read(decrypted).Select(r => r[0])));
        }

        // Seven rows: six identical orders in a row would happen with probability (1/5040)^5.
        Assert.True(orders.Count > 1);
    }

    [Theory]
    [InlineData("expect_fail_duplicates", "Duplicate entries found in the following fingerprint columns")]
    [InlineData("expect_fail_cleartext", "Cleartext columns found in the schema, but allowCleartext is false. Target column names: [`firstname`, `lastname`, `phonenumber_cleartext`, `level`]")]
    public void Expected_failures_fail_clearly_and_leave_no_output(string name, string message)
    {
        var scenario = new Scenario(name);
        Assert.Contains(message, scenario.EncryptError);
        using var directory = new TempDirectory();
        var error = Assert.Throws<C3rException>(() =>
            new C3rEncryptor(scenario.Secret, scenario.CollaborationId, scenario.Settings).Encrypt(scenario.EncryptOptions(directory.File("out.csv"))));
        Assert.Contains(message, error.Message);
        Assert.Empty(directory.Files());
    }

    /// <summary>NULL fingerprints are random when NULLs are not preserved; only deterministic ones can be compared.</summary>
    private static void MaskRandomFingerprints(List<string?[]> ours, List<string?[]> reference)
    {
        var known = reference.Skip(1).SelectMany(r => r).Where(v => C3rCell.Classify(v) == C3rCellKind.Fingerprint).ToHashSet();
        var produced = ours.Skip(1).SelectMany(r => r).Where(v => C3rCell.Classify(v) == C3rCellKind.Fingerprint).ToHashSet();
        Mask(ours, known);
        Mask(reference, produced);

        static void Mask(List<string?[]> records, HashSet<string?> keep)
        {
            foreach (var record in records.Skip(1))
            {
                for (var i = 0; i < record.Length; i++)
                {
                    if (C3rCell.Classify(record[i]) == C3rCellKind.Fingerprint && !keep.Contains(record[i]))
                    {
                        record[i] = "random fingerprint";
                    }
                }
            }
        }
    }

    /// <summary>Per fixed/max sealed column, the distinct cell lengths (one each).</summary>
    private static string PaddedLengths(string encrypted, Scenario scenario)
    {
        var schema = C3rSchema.Load(scenario.File("schema.json"));
        var records = CsvRecords.Read(encrypted, scenario.EncryptOutputNull);
        var parts = new List<string>();
        foreach (var column in schema.Columns.Where(c => c.Pad is { Kind: not PadKind.None }))
        {
            var index = Array.IndexOf(records[0], column.TargetHeader);
            var lengths = records.Skip(1).Select(r => r[index]).Where(v => C3rCell.Classify(v) == C3rCellKind.Sealed).Select(v => v!.Length).Distinct();
            parts.Add($"{column.TargetHeader}:{string.Join(",", lengths)}");
        }

        return string.Join(";", parts);
    }
}
