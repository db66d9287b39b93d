namespace Cleanroom.Benchmarks.Queries;

/// <summary>The query matrix at one dataset size, with the 1-minute load average just before it ran.</summary>
internal sealed record ScaleFigures(long ImpressionRows, long PurchaseRows, double LoadBefore, int Runs, IReadOnlyList<QueryFigures> Queries);
