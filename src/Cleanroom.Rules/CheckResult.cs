namespace Cleanroom.Rules;

/// <summary>The verdict on a protected query: <see cref="Accepted"/> or <see cref="Rejected"/>.</summary>
public abstract record CheckResult;
