namespace Cleanroom.Server.Collaborations.Wire;

/// <summary><c>PaymentConfiguration</c> / <c>MembershipPaymentConfiguration</c> (the same structure on the wire).</summary>
internal sealed record PaymentConfiguration(
    ResponsibilityConfig? QueryCompute,
    MlPaymentConfig? MachineLearning,
    ResponsibilityConfig? JobCompute);
