namespace Cleanroom.C3r.Tests;

/// <summary>The <c>c3r</c> commands end to end: files in, files out, exit codes and one-line errors.</summary>
public sealed class CliCommandTests
{
    private static readonly Dictionary<string, string> Secret = CliRunner.Secret(VectorFiles.S1);

    [Fact]
    public void Encrypt_then_decrypt_round_trips_the_sample()
    {
        var scenario = new Scenario("sample_mixed");
        using var directory = new TempDirectory();
        var encrypted = directory.File("enc.csv");
        var (code, output, error) = CliRunner.Run(null, Secret,
            "encrypt", scenario.File("input.csv"), "--schema", scenario.File("schema.json"), "--id", VectorFiles.Id1,
            "--output", encrypted, "--allow-cleartext", "--allow-duplicates");
        Assert.True(code == 0, error);
        Assert.Contains("Encrypted 7 rows", output);

        var decrypted = directory.File("dec.csv");
        (code, _, error) = CliRunner.Run(null, Secret, "decrypt", encrypted, "--id", VectorFiles.Id1, "-o", decrypted);
        Assert.True(code == 0, error);
        Assert.Contains("fingerprint values cannot be decrypted", error);
        Assert.Equal(
            CsvRecords.SortedKeys(CsvRecords.Read(scenario.File("decrypted.csv")).Skip(1).Select(MaskFingerprints)),
            CsvRecords.SortedKeys(CsvRecords.Read(decrypted).Skip(1).Select(MaskFingerprints)));
    }

    [Fact]
    public void Decrypt_matches_the_reference_decryption()
    {
        var scenario = new Scenario("custom_null_values");
        using var directory = new TempDirectory();
        var decrypted = directory.File("dec.csv");
        var (code, _, error) = CliRunner.Run(null, Secret,
            "decrypt", scenario.File("encrypted.csv"), "--id", VectorFiles.Id1, "-o", decrypted,
            "--csv-input-null-value", "NULL", "--csv-output-null-value", "NULL");
        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(scenario.File("decrypted.csv")), File.ReadAllBytes(decrypted));
    }

    [Fact]
    public void Failure_is_one_line_exit_1_and_leaves_no_output()
    {
        var scenario = new Scenario("expect_fail_duplicates");
        using var directory = new TempDirectory();
        var (code, _, error) = CliRunner.Run(null, Secret,
            "encrypt", scenario.File("input.csv"), "--schema", scenario.File("schema.json"), "--id", VectorFiles.Id1,
            "--output", directory.File("out.csv"), "--allow-cleartext");
        Assert.Equal(1, code);
        Assert.StartsWith("Duplicate entries found", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(directory.Files());
    }

    [Fact]
    public void Missing_or_bad_secret_is_refused()
    {
        var scenario = new Scenario("sample_mixed");
        using var directory = new TempDirectory();
        string[] args = ["encrypt", scenario.File("input.csv"), "--schema", scenario.File("schema.json"), "--id", VectorFiles.Id1, "-o", directory.File("o.csv")];
        var (code, _, error) = CliRunner.Run(null, [], args);
        Assert.Equal(1, code);
        Assert.Contains("C3R_SHARED_SECRET", error);
        (code, _, error) = CliRunner.Run(null, CliRunner.Secret(VectorFiles.S1 + "\n"), args);
        Assert.Equal(1, code);
        Assert.Contains("could not be decoded from Base64", error);
        (code, _, error) = CliRunner.Run(null, CliRunner.Secret("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg=="), args);
        Assert.Equal(1, code);
        Assert.Contains("at least 32 bytes, but was found to contain 31 bytes", error);
        Assert.Empty(directory.Files());
    }

    [Fact]
    public void Dry_run_writes_nothing()
    {
        var scenario = new Scenario("sample_mixed");
        using var directory = new TempDirectory();
        var (code, output, error) = CliRunner.Run(null, Secret,
            "encrypt", scenario.File("input.csv"), "--schema", scenario.File("schema.json"), "--id", VectorFiles.Id1,
            "-o", directory.File("o.csv"), "--allow-cleartext", "--dry-run");
        Assert.True(code == 0, error);
        Assert.Contains("Sealed columns: [address, city, phonenumber_sealed, title, notes]", output);
        Assert.Empty(directory.Files());
    }

    [Theory]
    [InlineData("template_headers.json", "data_sample_with_quotes.csv", new[] { "--template" })]
    [InlineData("template_no_headers.json", "data_sample_no_headers.csv", new[] { "--template", "--no-headers" })]
    [InlineData("template_headers_no_cleartext.json", "data_sample_with_quotes.csv", new[] { "--template", "--no-cleartext" })]
    public void Schema_template_matches_the_reference(string expected, string sample, string[] flags)
    {
        using var directory = new TempDirectory();
        var output = directory.File("schema.json");
        var (code, _, error) = CliRunner.Run(null, [], ["schema", VectorFiles.Path("samples", "csv", sample), "-o", output, .. flags]);
        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllText(VectorFiles.Path("generated", "schema-gen", expected)), File.ReadAllText(output));
    }

    [Theory]
    [InlineData("interactive_headers.json", "interactive_answers.txt", "data_sample_with_quotes.csv", false)]
    [InlineData("interactive_no_headers.json", "interactive_no_headers_answers.txt", "data_sample_no_headers.csv", true)]
    public void Schema_interactive_matches_the_reference(string expected, string answers, string sample, bool noHeaders)
    {
        using var directory = new TempDirectory();
        var output = directory.File("schema.json");
        string[] args = ["schema", VectorFiles.Path("samples", "csv", sample), "--interactive", "-o", output, .. noHeaders ? new[] { "--no-headers" } : []];
        var (code, _, error) = CliRunner.Run(File.ReadAllText(VectorFiles.Path("generated", "schema-gen", answers)), [], args);
        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllText(VectorFiles.Path("generated", "schema-gen", expected)), File.ReadAllText(output));

        // The generated schema is usable as it is.
        Assert.NotEmpty(C3rSchema.Load(output).TargetHeaders);
    }

    [Fact]
    public void Schema_interactive_without_answers_fails()
    {
        using var directory = new TempDirectory();
        var (code, _, error) = CliRunner.Run("1\n", [], "schema", VectorFiles.Path("samples", "csv", "data_sample_with_quotes.csv"), "-i", "-o", directory.File("s.json"));
        Assert.Equal(1, code);
        Assert.StartsWith("No answer was given", error);
        Assert.Empty(directory.Files());
    }

    private static string?[] MaskFingerprints(string?[] record) =>
        [.. record.Select(v => C3rCell.Classify(v) == C3rCellKind.Fingerprint ? "fingerprint" : v)];
}
