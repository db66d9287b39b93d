namespace Cleanroom.Cli.Demo.Output;

/// <summary>What a running step reports: the fraction done (0–1) and, now and then, a short status.</summary>
internal sealed record StepProgress(Action<double> Fraction, Action<string> Status);
