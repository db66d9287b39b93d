using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Quotas;

/// <summary>Quota checks with the names AWS shows in ServiceQuotaExceededException.</summary>
internal static class Quota
{
    public const string MembersPerCollaboration = "Members invited per collaboration";
    public const string MembershipsPerAccount = "Memberships per account";
    public const string CollaborationsPerAccount = "Collaborations created per account";

    /// <summary>Throws when <paramref name="count"/> items would exceed <paramref name="limit"/>.</summary>
    public static void Check(string name, long count, int limit)
    {
        if (count > limit)
        {
            throw ApiException.QuotaExceeded(name, limit);
        }
    }
}
