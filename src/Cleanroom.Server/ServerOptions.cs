namespace Cleanroom.Server;

/// <summary>How a Cleanroom server runs. Every value has a working default except the data directory.</summary>
public sealed record ServerOptions(string DataDirectory)
{
    /// <summary>Kestrel URLs, e.g. <c>http://127.0.0.1:8080</c>; port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:8080"];

    /// <summary>The region in ARNs. Must look like an AWS region (<c>xx-xxxx-9</c>) so SDK-side ARN patterns match.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>How far a request's signing time may be from the server clock.</summary>
    public TimeSpan ClockSkewLimit { get; init; } = TimeSpan.FromMinutes(15);

    public QuotaOptions Quotas { get; init; } = new();

    /// <summary>How protected queries run: concurrency, threads, memory and time limits.</summary>
    public ProtectedQueries.Engine.QueryEngineOptions Queries { get; init; } = new();

    /// <summary>Console logging of warnings and errors (the CLI keeps it; in-process tests turn it off).</summary>
    public bool LogToConsole { get; init; } = true;

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
