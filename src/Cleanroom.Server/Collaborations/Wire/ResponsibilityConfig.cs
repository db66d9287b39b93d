namespace Cleanroom.Server.Collaborations.Wire;

/// <summary>Who pays for one kind of compute (<c>QueryComputePaymentConfig</c>, <c>JobComputePaymentConfig</c>, the ML ones).</summary>
internal sealed record ResponsibilityConfig(bool IsResponsible);
