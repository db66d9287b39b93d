using System.Globalization;
using Cleanroom.C3r;

namespace Cleanroom.Benchmarks.C3r;

/// <summary>The benchmark table: customer-like rows with a unique id, a low-cardinality segment and free text.</summary>
internal static class C3rBenchmarkData
{
    public const string CollaborationId = "00000000-1111-2222-3333-444444444444";

    public static SharedSecret Secret { get; } = SharedSecret.FromBytes(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    public static C3rSchema Schema { get; } = C3rSchema.Parse("""
        { "headerRow": true, "columns": [
          { "sourceHeader": "customer_id", "type": "fingerprint" },
          { "sourceHeader": "segment", "type": "fingerprint" },
          { "sourceHeader": "full_name", "type": "sealed", "pad": { "type": "max", "length": 0 } },
          { "sourceHeader": "street", "type": "sealed", "pad": { "type": "fixed", "length": 48 } },
          { "sourceHeader": "amount", "type": "cleartext" },
          { "sourceHeader": "signup_date", "type": "cleartext" }
        ] }
        """);

    public static void WriteCsv(string path, int rows)
    {
        var random = new Random(20240601);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 20);
        writer.Write("customer_id,segment,full_name,street,amount,signup_date\n");
        for (var i = 0; i < rows; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"C{i:D9},seg{random.Next(50)},Name{random.Next(100_000)} Surname{random.Next(1000)},{random.Next(9999)} Main Street,{random.Next(100_000)}.{random.Next(100):D2},2024-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}\n"));
        }
    }

    /// <summary>Encrypts <paramref name="input"/> (2 fingerprint, 2 sealed, 2 cleartext columns) into <paramref name="output"/>; returns the rows.</summary>
    public static long Encrypt(string input, string output) =>
        new C3rEncryptor(Secret, CollaborationId, new ClientSettings(true, true, false, false))
            .Encrypt(new EncryptOptions(input, output, Schema) { Overwrite = true }).Rows;
}
