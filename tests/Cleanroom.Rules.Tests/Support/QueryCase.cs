using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules.Tests.Support;

/// <summary>A violation a case expects: the rule, optionally where, and a fragment of the message.</summary>
internal sealed record ExpectedViolation(string Rule, int? Line, int? Column, string Fragment)
{
    public bool Matches(RuleViolation actual) =>
        actual.Rule == Rule
        && (Line is null || (actual.Line == Line && actual.Column == Column))
        && actual.Message.Contains(Fragment, StringComparison.Ordinal);

    public override string ToString() => $"{Rule} @ {Line}:{Column} | {Fragment}";
}

/// <summary>One entry of a Cases/*.cases file.</summary>
internal sealed record QueryCase(
    string File,
    string Name,
    string SetupName,
    IReadOnlyList<(string Target, string Json)> Overrides,
    TemplateRun? Template,
    bool Allowed,
    IReadOnlyList<ExpectedViolation> Violations,
    IReadOnlyList<string>? Output,
    bool Run,
    string Sql)
{
    public Setup Setup()
    {
        var setup = Support.Setup.Load(SetupName);
        foreach (var (target, json) in Overrides)
            setup = setup.With(target, json);
        return setup;
    }

    public QueryContext Context() => Setup().Context(Template);

    public override string ToString() => $"{File} {Name}";
}
