namespace Cleanroom.Server.Collaborations.Wire;

/// <summary><c>MLPaymentConfig</c> / <c>MembershipMLPaymentConfig</c>.</summary>
internal sealed record MlPaymentConfig(
    ResponsibilityConfig? ModelTraining,
    ResponsibilityConfig? ModelInference,
    ResponsibilityConfig? SyntheticDataGeneration);
