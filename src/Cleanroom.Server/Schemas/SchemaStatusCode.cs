namespace Cleanroom.Server.Schemas;

/// <summary>The <c>SchemaStatusReasonCode</c> values Cleanroom reports (see docs/compatibility.md for when).</summary>
internal static class SchemaStatusCode
{
    public const string AnalysisRuleMissing = "ANALYSIS_RULE_MISSING";
    public const string AnalysisTemplatesNotConfigured = "ANALYSIS_TEMPLATES_NOT_CONFIGURED";
    public const string AnalysisProvidersNotConfigured = "ANALYSIS_PROVIDERS_NOT_CONFIGURED";
    public const string CollaborationAnalysisRuleNotConfigured = "COLLABORATION_ANALYSIS_RULE_NOT_CONFIGURED";
    public const string AdditionalAnalysesNotConfigured = "ADDITIONAL_ANALYSES_NOT_CONFIGURED";
    public const string AdditionalAnalysesNotAllowed = "ADDITIONAL_ANALYSES_NOT_ALLOWED";
    public const string ResultReceiversNotConfigured = "RESULT_RECEIVERS_NOT_CONFIGURED";
    public const string ResultReceiversNotAllowed = "RESULT_RECEIVERS_NOT_ALLOWED";

    public const string Ready = "READY";
    public const string NotReady = "NOT_READY";
    public const string DirectAnalysis = "DIRECT_ANALYSIS";
    public const string AdditionalAnalysis = "ADDITIONAL_ANALYSIS";
}
