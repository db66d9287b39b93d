using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Quotas;

/// <summary>Quota checks with the names AWS shows in ServiceQuotaExceededException.</summary>
internal static class Quota
{
    public const string MembersPerCollaboration = "Members invited per collaboration";
    public const string MembershipsPerAccount = "Memberships per account";
    public const string CollaborationsPerAccount = "Collaborations created per account";
    public const string ConfiguredTablesPerAccount = "Configured tables per account";
    public const string ColumnsPerAllowList = "Columns per configured-table allow-list";
    public const string AssociationsPerMembership = "Table associations per membership";
    public const string AnalysisTemplatesPerMembership = "Analysis templates per membership";

    /// <summary>Throws when <paramref name="count"/> items would exceed <paramref name="limit"/>.</summary>
    public static void Check(string name, long count, int limit)
    {
        if (count > limit)
        {
            throw ApiException.QuotaExceeded(name, limit);
        }
    }
}
