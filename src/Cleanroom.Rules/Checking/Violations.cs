using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Checking;

/// <summary>Collects violations; the same message at the same place is kept once.</summary>
internal sealed class Violations
{
    private readonly List<RuleViolation> found = [];

    public bool Any => found.Count > 0;

    public void Add(string rule, string message, SqlNode at) =>
        Add(rule, message, at.Position);

    public void Add(string rule, string message, SourcePosition at)
    {
        var violation = new RuleViolation(rule, message, Math.Max(at.Line, 1), Math.Max(at.Column, 1));
        if (!found.Contains(violation))
            found.Add(violation);
    }

    public Rejected ToRejected() =>
        new([.. found.OrderBy(v => v.Line).ThenBy(v => v.Column).ThenBy(v => v.Rule, StringComparer.Ordinal)]);
}
