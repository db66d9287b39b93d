namespace Cleanroom.Server.ConfiguredTables;

/// <summary>The <c>AnalysisMethod</c> and <c>SelectedAnalysisMethod</c> values.</summary>
internal static class AnalysisMethod
{
    public const string DirectQuery = "DIRECT_QUERY";
    public const string DirectJob = "DIRECT_JOB";
    public const string Multiple = "MULTIPLE";

    public static bool AllowsQueries(string method) => method is DirectQuery or Multiple;

    public static bool AllowsJobs(string method) => method is DirectJob or Multiple;
}
