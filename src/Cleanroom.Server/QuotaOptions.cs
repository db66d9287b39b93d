namespace Cleanroom.Server;

/// <summary>
/// Service quotas, with the AWS Clean Rooms defaults. Exceeding one answers ServiceQuotaExceededException (402)
/// naming the quota. Engineers adding a resource add its quota here.
/// </summary>
public sealed record QuotaOptions
{
    /// <summary>Members a creator may invite to one collaboration (the creator not counted).</summary>
    public int MembersPerCollaboration { get; init; } = 5;

    /// <summary>Active memberships one account may hold.</summary>
    public int MembershipsPerAccount { get; init; } = 100;

    /// <summary>Collaborations (not deleted) one account may have created.</summary>
    public int CollaborationsPerAccount { get; init; } = 10;

    public int ConfiguredTablesPerAccount { get; init; } = 250;

    public int ConfiguredTablesPerQuery { get; init; } = 15;

    public int AnalysisTemplatesPerMembership { get; init; } = 25;

    /// <summary>Configured table associations in one membership (AWS quota L-25AC34A7; 25 per the product brief).</summary>
    public int AssociationsPerMembership { get; init; } = 25;

    public int ColumnsPerAllowList { get; init; } = 100;

    /// <summary>Not adjustable in AWS; kept here so every quota is in one place.</summary>
    public int ConcurrentQueriesPerMembership { get; init; } = 5;

    public int ConcurrentJobsPerMembership { get; init; } = 1;

    public int IdMappingTablesPerMembership { get; init; } = 5;

    public int IdNamespaceAssociationsPerMembership { get; init; } = 10;

    public int AudienceModelAssociationsPerMembership { get; init; } = 5;

    /// <summary>Largest object the object store accepts (S3: 5 TiB; one PutObject or part is at most 5 GiB). Larger: EntityTooLarge.</summary>
    public long MaxObjectSizeBytes { get; init; } = 5L * 1024 * 1024 * 1024 * 1024;

    /// <summary>Bytes of objects and unfinished upload parts one account may store; null means no limit. Beyond it: QuotaExceeded (403).</summary>
    public long? StorageBytesPerAccount { get; init; }
}
