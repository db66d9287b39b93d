using Cleanroom.Server.Collaborations.Wire;

namespace Cleanroom.Server.Collaborations;

/// <summary>One member (creator included) as payment rules see it; <see cref="Field"/> names it in errors.</summary>
internal sealed record PaymentParticipant(string Field, IReadOnlyList<string> Abilities, PaymentConfiguration? Given);
