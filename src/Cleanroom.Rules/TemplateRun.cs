namespace Cleanroom.Rules;

/// <summary>The analysis template being run and the account that created it.</summary>
public sealed record TemplateRun(string AnalysisTemplateArn, string CreatorAccountId);
