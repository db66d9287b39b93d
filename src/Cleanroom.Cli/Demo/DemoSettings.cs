namespace Cleanroom.Cli.Demo;

/// <summary>The demo's options: data size and seed, the distinct-user threshold, and whether to keep server and data.</summary>
internal sealed record DemoSettings(int Users, int Seed, int Threshold, bool Keep, string? DataDirectory, bool Verbose);
