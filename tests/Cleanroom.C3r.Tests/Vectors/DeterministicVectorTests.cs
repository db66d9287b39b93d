using System.Text;
using System.Text.Json;

namespace Cleanroom.C3r.Tests;

/// <summary>Byte-for-byte checks against the Java client's fixed-nonce outputs (generated/deterministic_vectors.json).</summary>
public sealed class DeterministicVectorTests
{
    private static readonly JsonElement Vectors = VectorFiles.Json("generated", "deterministic_vectors.json").RootElement;

    public static TheoryData<int> KeyCases => Indices("key_derivation");

    public static TheoryData<int> SealedCases => Indices("sealed");

    public static TheoryData<int> FingerprintCases => Indices("fingerprint");

    [Theory]
    [MemberData(nameof(KeyCases))]
    public void Key_derivation_matches(int index)
    {
        var vector = Vectors.GetProperty("key_derivation")[index];
        var result = vector.GetProperty("result");
        var secret = SharedSecret.FromBase64(vector.GetProperty("secret_b64").GetString()!);
        var keys = KeyMaterial.ForCollaboration(secret, vector.GetProperty("collaboration_id_as_given").GetString()!);
        var column = vector.GetProperty("column").GetString()!;
        var nonce = Convert.FromHexString(vector.GetProperty("nonce_hex").GetString()!);

        Assert.Equal(Hex(result, "root_aes_key_hex"), keys.RootKey);
        Assert.Equal(Hex(result, "hmac_key_allowJoins_hex"), keys.FingerprintKey(column, true));
        Assert.Equal(Hex(result, "hmac_key_column_hex"), keys.FingerprintKey(column, false));
        Assert.Equal(Hex(result, "cell_aes_key_hex"), System.Security.Cryptography.SHA256.HashData([.. keys.RootKey, .. nonce]));
        var iv = System.Security.Cryptography.SHA256.HashData([.. Encoding.UTF8.GetBytes(column), .. nonce])[..12];
        Assert.Equal(Hex(result, "iv_hex"), iv);
    }

    [Theory]
    [MemberData(nameof(SealedCases))]
    public void Sealed_values_match(int index)
    {
        var vector = Vectors.GetProperty("sealed")[index];
        var column = vector.GetProperty("column_label").GetString()!;
        var nonce = Convert.FromHexString(vector.GetProperty("nonce_hex").GetString()!);
        KeyMaterial keys;
        byte[] encoded;
        int? target = null;
        if (vector.TryGetProperty("source", out _))
        {
            // Raw transformer input from the SDK unit tests: no info byte, any salt and key length.
            keys = new KeyMaterial(SharedSecret.FromBytesUnchecked(Encoding.UTF8.GetBytes(vector.GetProperty("secret_utf8").GetString()!)),
                Encoding.UTF8.GetBytes(vector.GetProperty("salt").GetString()!));
            encoded = vector.TryGetProperty("raw_transformer_input_hex", out var hex)
                ? Convert.FromHexString(hex.GetString()!)
                : Encoding.UTF8.GetBytes(vector.GetProperty("raw_transformer_input_utf8").GetString()!);
        }
        else
        {
            keys = KeyMaterial.ForCollaboration(SharedSecret.FromBase64(vector.GetProperty("secret_b64").GetString()!), vector.GetProperty("collaboration_id").GetString()!);
            var type = TypedValue.Type(vector.GetProperty("client_data_type").GetString()!);
            var isNull = vector.GetProperty("is_null").GetBoolean();
            if (isNull && vector.GetProperty("preserveNulls").GetBoolean())
            {
                Assert.Equal(JsonValueKind.Null, vector.GetProperty("expected_sealed").ValueKind);
                return;
            }

            encoded = isNull ? [ValueEncoding.Info(type, true)] : [ValueEncoding.Info(type, false), .. TypedValue.Body(type, vector.GetProperty("value").GetString()!)];
            if (vector.TryGetProperty("encoded_value_hex", out var expectedEncoding))
            {
                Assert.Equal(expectedEncoding.GetString(), Convert.ToHexStringLower(encoded));
            }

            target = PadTarget(vector.GetProperty("pad").GetString()!, vector.GetProperty("max_encoded_value_length_in_column").GetInt32());
        }

        var padded = new byte[4096];
        if (vector.TryGetProperty("expected_error", out var error))
        {
            var failure = Assert.Throws<C3rException>(() => Pad.Apply(encoded, target, column, padded));
            Assert.EndsWith(failure.Message, error.GetString());
            return;
        }

        var paddedLength = Pad.Apply(encoded, target, column, padded);
        using var sealer = new RowSealer(keys.RootKey);
        sealer.BeginRow(nonce);
        var cell = new byte[CellFormat.SealedCellLength(paddedLength)];
        var written = sealer.Seal(Encoding.UTF8.GetBytes(column), padded.AsSpan(0, paddedLength), cell);
        var expected = vector.GetProperty("expected_sealed").GetString()!;
        Assert.Equal(expected, Encoding.ASCII.GetString(cell, 0, written));
        Assert.Equal(expected.Length, CellFormat.SealedCellLength(paddedLength));
        Assert.Equal(C3rCellKind.Sealed, C3rCell.Classify(expected));
        if (encoded.Length == 0)
        {
            return;
        }

        // And back: the opener recovers E without the column name.
        using var opener = new CellOpener(keys.RootKey);
        var scratch = new byte[16];
        Assert.Equal(encoded, opener.Open(Encoding.ASCII.GetBytes(expected), ref scratch).ToArray());
    }

    [Theory]
    [MemberData(nameof(FingerprintCases))]
    public void Fingerprints_match(int index)
    {
        var vector = Vectors.GetProperty("fingerprint")[index];
        byte[] key;
        byte[] message;
        if (vector.TryGetProperty("args", out var args))
        {
            var list = args.EnumerateArray().Select(a => a.GetString()!).ToList();
            string Arg(string name) => list[list.IndexOf(name) + 1];
            var secret = list.Contains("--secret-utf8")
                ? SharedSecret.FromBytesUnchecked(Encoding.UTF8.GetBytes(Arg("--secret-utf8")))
                : SharedSecret.FromBase64(Arg("--secret-b64"));
            var keys = new KeyMaterial(secret, Encoding.UTF8.GetBytes(Arg("--salt")));
            key = keys.FingerprintKey(Arg("--column"), list.Contains("--allowJoinsOnColumnsWithDifferentNames"));
            message = Convert.FromHexString(vector.GetProperty("hmac_input_hex").GetString()!);
            if (list.Contains("--type"))
            {
                var type = TypedValue.Type(Arg("--type"));
                Assert.Equal(message, Message(type, TypedValue.Body(type, Arg("--value"))));
            }
        }
        else
        {
            var keys = KeyMaterial.ForCollaboration(
                SharedSecret.FromBase64(vector.GetProperty("secret_b64").GetString()!), vector.GetProperty("collaboration_id_as_given").GetString()!);
            key = keys.FingerprintKey(vector.GetProperty("column_label").GetString()!, vector.GetProperty("allowJoinsOnColumnsWithDifferentNames").GetBoolean());
            var type = TypedValue.Type(vector.GetProperty("client_data_type").GetString()!);
            message = Message(type, TypedValue.Body(type, vector.GetProperty("value").GetString()!));
            Assert.Equal(vector.GetProperty("hmac_input_hex").GetString(), Convert.ToHexStringLower(message));
        }

        using var fingerprinter = new Fingerprinter(key);
        var digest = new byte[32];
        fingerprinter.Digest(message, digest);
        var cell = new byte[CellFormat.FingerprintCellLength];
        Fingerprinter.WriteCell(digest, cell);
        var expected = vector.GetProperty("expected_fingerprint").GetString()!;
        Assert.Equal(expected, Encoding.ASCII.GetString(cell));
        Assert.Equal(C3rCellKind.Fingerprint, C3rCell.Classify(expected));
    }

    private static byte[] Message(ClientDataType type, byte[] body)
    {
        var message = new byte[body.Length + 9];
        return message[..ValueEncoding.FingerprintMessage(type, body, message)];
    }

    private static int? PadTarget(string pad, int maxEncoded)
    {
        var parts = pad.Split(':');
        var kind = Enum.Parse<PadKind>(parts[0], ignoreCase: true);
        return new Pad(kind, parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0).Target(maxEncoded);
    }

    private static byte[] Hex(JsonElement element, string name) => Convert.FromHexString(element.GetProperty(name).GetString()!);

    private static TheoryData<int> Indices(string section)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Vectors.GetProperty(section).GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }
}
