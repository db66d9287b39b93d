using System.Text.Json;

namespace Cleanroom.C3r.Tests;

/// <summary>A whole-file vector scenario (generated/files/NAME) and the options its params.json describes.</summary>
internal sealed class Scenario
{
    private readonly JsonElement _params;

    public Scenario(string name)
    {
        Name = name;
        _params = VectorFiles.Json("generated", "files", name, "params.json").RootElement.Clone();
    }

    public string Name { get; }

    public SharedSecret Secret => SharedSecret.FromBase64(_params.GetProperty("shared_secret_b64").GetString()!);

    public string CollaborationId => _params.GetProperty("collaboration_id_cli_arg").GetString()!;

    public ClientSettings Settings
    {
        get
        {
            var s = _params.GetProperty("settings");
            return new ClientSettings(
                s.GetProperty("allowCleartext").GetBoolean(),
                s.GetProperty("allowDuplicates").GetBoolean(),
                s.GetProperty("allowJoinsOnColumnsWithDifferentNames").GetBoolean(),
                s.GetProperty("preserveNulls").GetBoolean());
        }
    }

    public string? EncryptInputNull => Optional("csvInputNULLValue");

    public string? EncryptOutputNull => Optional("csvOutputNULLValue");

    public string? DecryptInputNull => Argument("harness_decrypt_args", "--csvInputNULLValue");

    public string? DecryptOutputNull => Argument("harness_decrypt_args", "--csvOutputNULLValue");

    public string File(string name) => VectorFiles.Path("generated", "files", Name, name);

    public string? EncryptError => _params.TryGetProperty("encrypt_stderr_tail", out var tail) && tail.GetArrayLength() > 0 ? tail[0].GetString() : null;

    public EncryptOptions EncryptOptions(string output) => new(File("input.csv"), output, C3rSchema.Load(File("schema.json")))
    {
        CsvInputNullValue = EncryptInputNull,
        CsvOutputNullValue = EncryptOutputNull,
    };

    public DecryptOptions DecryptOptions(string input, string output) => new(input, output)
    {
        CsvInputNullValue = DecryptInputNull,
        CsvOutputNullValue = DecryptOutputNull,
    };

    public override string ToString() => Name;

    private string? Optional(string name) =>
        _params.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private string? Argument(string list, string name)
    {
        if (!_params.TryGetProperty(list, out var args))
        {
            return null;
        }

        var items = args.EnumerateArray().Select(a => a.GetString()).ToList();
        var at = items.IndexOf(name);
        return at >= 0 ? items[at + 1] : null;
    }
}
