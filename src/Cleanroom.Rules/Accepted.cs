namespace Cleanroom.Rules;

public sealed record Accepted(CheckedQuery Query) : CheckResult;
