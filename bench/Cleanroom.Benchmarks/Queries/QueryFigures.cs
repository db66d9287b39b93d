namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// One query at one scale: medians in milliseconds of the raw, protected (library) and end-to-end (HTTP) runs, the
/// ratios to raw, the validation time (parse, check, rewrite, render: in the protected runs, and over a loop of
/// <see cref="ValidationIterations"/>), each mode's highest peak resident set, and what the result held.
/// </summary>
internal sealed record QueryFigures(
    string Query,
    string Title,
    double RawMs,
    double ProtectedMs,
    double EndToEndMs,
    double EndToEndServerMs,
    double ValidationInRunMs,
    double ValidationLoopMs,
    int ValidationIterations,
    double RawPeakMiB,
    double ProtectedPeakMiB,
    double EndToEndPeakMiB,
    int ResultRows,
    long? GroupsBeforeThreshold,
    IReadOnlyList<double> RawSamples,
    IReadOnlyList<double> ProtectedSamples,
    IReadOnlyList<double> EndToEndSamples)
{
    public double ProtectedRatio => ProtectedMs / RawMs;

    /// <summary>protected / raw within each round, whose two runs ran back to back: steadier than the ratio of medians on a noisy machine.</summary>
    public IReadOnlyList<double> PairedRatios => [.. ProtectedSamples.Zip(RawSamples, (protectedMs, rawMs) => protectedMs / rawMs)];

    public double PairedRatio => Samples.Median(PairedRatios);

    public double EndToEndRatio => EndToEndMs / RawMs;
}
