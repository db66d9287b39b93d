namespace Cleanroom.Rules;

/// <summary>At least one violation, in source order.</summary>
public sealed record Rejected(IReadOnlyList<RuleViolation> Violations) : CheckResult;
