using System.Text.Json;
using System.Text.Json.Nodes;
using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules.Tests.Support;

/// <summary>
/// A collaboration described in a JSON file under Setups/: the runner, the C3R settings, and each table's owner, view,
/// allowed columns, policy (in the wire shape), optional physical-only columns and rows for execution checks.
/// Cases may override single fields (<see cref="With"/>).
/// </summary>
internal sealed class Setup
{
    private readonly JsonObject root;

    private Setup(JsonObject root) => this.root = root;

    public static Setup Load(string name) =>
        new(JsonNode.Parse(File.ReadAllText(RepositoryFiles.TestData("Setups", name + ".json")))!.AsObject());

    public static Setup FromJson(string json) => new(JsonNode.Parse(json)!.AsObject());

    public string Runner => (string)root["runner"]!;

    /// <summary>
    /// A copy with one field replaced: <c>runner</c>, <c>encryption</c>, <c>&lt;table&gt;.owner</c>,
    /// <c>&lt;table&gt;.columns</c>, <c>&lt;table&gt;.policy</c>, <c>&lt;table&gt;.receivers</c>, or <c>&lt;table&gt;.&lt;policy field&gt;</c> inside the table's rule.
    /// </summary>
    public Setup With(string target, string json)
    {
        var copy = root.DeepClone().AsObject();
        var value = JsonNode.Parse(json);
        var dot = target.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            copy[target] = value;
            return new Setup(copy);
        }
        var table = Tables(copy).Single(t => (string)t["name"]! == target[..dot]);
        var field = target[(dot + 1)..];
        if (field is "owner" or "columns" or "view" or "policy" or "receivers")
            table[field] = value;
        else
            table["policy"]!["v1"]!.AsObject().Single().Value![field] = value;
        return new Setup(copy);
    }

    public QueryContext Context(TemplateRun? template = null) =>
        new(Runner, [.. Tables(root).Select(Table)])
        {
            Encryption = root["encryption"] is JsonObject encryption
                ? new DataEncryptionMetadata(
                    (bool)encryption["allowCleartext"]!,
                    (bool)encryption["allowDuplicates"]!,
                    (bool)encryption["allowJoinsOnColumnsWithDifferentNames"]!,
                    (bool)encryption["preserveNulls"]!)
                : null,
            Template = template,
        };

    /// <summary>What the test database holds for each table: its view name, physical columns (allowed first) and rows.</summary>
    public IEnumerable<(string View, IReadOnlyList<(string Name, string Type)> Columns, IReadOnlyList<JsonArray> Rows)> Data() =>
        Tables(root).Select(t => (
            (string)t["view"]!,
            (IReadOnlyList<(string, string)>)[.. Columns(t["columns"]!).Concat(Columns(t["hidden"])).Select(c => (c.Name, c.Type))],
            (IReadOnlyList<JsonArray>)[.. (t["rows"]?.AsArray() ?? []).Select(r => r!.AsArray())]));

    private static IEnumerable<JsonObject> Tables(JsonObject root) => root["tables"]!.AsArray().Select(t => t!.AsObject());

    private static SchemaTable Table(JsonObject table)
    {
        var receivers = table["receivers"]?.AsArray().Select(r => (string)r!).ToList() ?? [];
        var rule = AnalysisRulePolicy.Parse(table["policy"]!.ToJsonString()) with { AllowedResultReceivers = receivers };
        return new SchemaTable(
            (string)table["name"]!,
            (string)table["owner"]!,
            [.. Columns(table["columns"]!).Select(c => new SchemaColumn(c.Name, c.Type, c.Class))],
            rule,
            (string)table["view"]!);
    }

    private static IEnumerable<(string Name, string Type, ColumnClass Class)> Columns(JsonNode? columns) =>
        (columns?.AsArray() ?? []).Select(c =>
        {
            var parts = c!.AsArray().Select(p => (string)p!).ToArray();
            var kind = parts.Length > 2 ? Enum.Parse<ColumnClass>(parts[2], ignoreCase: true) : ColumnClass.Cleartext;
            return (parts[0], parts[1], kind);
        });

    public override string ToString() => root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
