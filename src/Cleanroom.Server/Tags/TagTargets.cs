using Cleanroom.Server.AnalysisTemplates;
using Cleanroom.Server.Associations;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.Memberships;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Tags;

/// <summary>
/// The taggable resource kinds (the type segments of the ARN path, e.g. <c>membership/configuredtableassociation</c>)
/// and how to tell whether one exists. A resource area that becomes taggable adds one line to <see cref="Create"/>.
/// </summary>
internal sealed class TagTargets
{
    private readonly Dictionary<string, TagTargetExists> kinds = new(StringComparer.Ordinal);

    public static TagTargets Create() => new TagTargets()
        .Add("collaboration", CollaborationTagTarget.ExistsAsync)
        .Add("membership", MembershipTagTarget.ExistsAsync)
        .Add("configuredtable", ConfiguredTableTagTarget.ExistsAsync)
        .Add("membership/configuredtableassociation", AssociationTagTarget.ExistsAsync)
        .Add("membership/analysistemplate", AnalysisTemplateTagTarget.ExistsAsync);

    public TagTargets Add(string kind, TagTargetExists exists)
    {
        kinds.Add(kind, exists);
        return this;
    }

    public Task<bool> ExistsAsync(DbSession db, Arn arn) =>
        kinds.TryGetValue(arn.Kind, out var exists) ? exists(db, arn) : Task.FromResult(false);
}
