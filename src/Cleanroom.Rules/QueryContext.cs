using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules;

/// <summary>
/// What a protected query is checked against: who runs it, the collaboration's queryable tables, the collaboration's
/// C3R settings (null when it has none) and, for a template run, which template is being run.
/// </summary>
public sealed record QueryContext(string RunnerAccountId, IReadOnlyList<SchemaTable> Tables)
{
    public DataEncryptionMetadata? Encryption { get; init; }

    /// <summary>Set for analysis-template runs; the query tree must already have its parameters bound.</summary>
    public TemplateRun? Template { get; init; }
}
