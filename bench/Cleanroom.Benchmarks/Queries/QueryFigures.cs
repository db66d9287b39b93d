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

    public double EndToEndRatio => EndToEndMs / RawMs;
}
