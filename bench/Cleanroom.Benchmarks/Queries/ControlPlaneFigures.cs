namespace Cleanroom.Benchmarks.Queries;

/// <summary>Control-plane throughput: concurrent signed clients calling GetCollaboration and ListMemberships in turn.</summary>
internal sealed record ControlPlaneFigures(int Clients, double Seconds, long Calls, double CallsPerSecond, double MedianMs, double P95Ms);
