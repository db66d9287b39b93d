namespace Cleanroom.Server.ProtectedQueries.Wire;

/// <summary>CRPU-hours, quantised (see <c>Engine/BilledUnits</c>).</summary>
internal sealed record BilledResourceUtilization(double Units);
