namespace Cleanroom.C3r.Tests;

/// <summary>Malformed CSV input fails with a clear message and leaves no output file.</summary>
public sealed class CsvInputFailureTests
{
    [Theory]
    [InlineData("one_row_too_few_columns.csv", "Column count mismatch")]
    [InlineData("one_row_too_many_columns.csv", "Column count mismatch")]
    [InlineData("nonUtf8Encoding.csv", "not valid UTF-8")]
    public void Bad_input_fails_without_output(string sample, string message)
    {
        using var directory = new TempDirectory();
        var input = VectorFiles.Path("samples", "csv", sample);
        var header = File.ReadLines(input).First().Split(',');
        var json = "{\"headerRow\":true,\"columns\":[" + string.Join(",", header.Select(h => $"{{\"sourceHeader\":\"{h.Trim()}\",\"type\":\"sealed\",\"pad\":{{\"type\":\"none\"}}}}")) + "]}";
        var error = Assert.Throws<C3rException>(() => new C3rEncryptor(SharedSecret.FromBase64(VectorFiles.S1), VectorFiles.Id1, ClientSettings.LowAssurance)
            .Encrypt(new EncryptOptions(input, directory.File("out.csv"), C3rSchema.Parse(json))));
        Assert.Contains(message, error.Message);
        Assert.Empty(directory.Files());
    }

    [Fact]
    public void Existing_output_is_kept_without_overwrite()
    {
        using var directory = new TempDirectory();
        var output = directory.File("out.csv");
        File.WriteAllText(output, "keep");
        var scenario = new Scenario("sample_mixed");
        var error = Assert.Throws<C3rException>(() =>
            new C3rEncryptor(scenario.Secret, scenario.CollaborationId, scenario.Settings).Encrypt(scenario.EncryptOptions(output)));
        Assert.Contains("already exists", error.Message);
        Assert.Equal("keep", File.ReadAllText(output));
    }

    [Fact]
    public void Wrong_key_fails_to_decrypt_and_leaves_no_output()
    {
        using var directory = new TempDirectory();
        var scenario = new Scenario("sample_mixed");
        var other = SharedSecret.FromBase64("oKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P");
        var error = Assert.Throws<C3rException>(() => new C3rDecryptor(other, scenario.CollaborationId)
            .Decrypt(new DecryptOptions(scenario.File("encrypted.csv"), directory.File("out.csv"))));
        Assert.Matches("Failed while unmarshalling data for column `[a-z_]+` on row [0-9]+. Error message received: Failed to decrypt.", error.Message);
        Assert.Empty(directory.Files());
    }
}
