namespace Cleanroom.Server.Associations.Wire;

/// <summary>Create/Get/UpdateConfiguredTableAssociationAnalysisRule output.</summary>
internal sealed record AssociationAnalysisRuleOutput(AssociationAnalysisRule AnalysisRule);
