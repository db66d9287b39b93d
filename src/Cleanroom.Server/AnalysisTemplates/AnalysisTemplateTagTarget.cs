using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.AnalysisTemplates;

/// <summary>An analysis template can be tagged by its creator while it exists (its ARN names its membership).</summary>
internal static class AnalysisTemplateTagTarget
{
    public static async Task<bool> ExistsAsync(DbSession db, Arn arn)
    {
        var template = await AnalysisTemplateRows.FindAsync(db, arn.Ids[1]);
        return template is not null && template.MembershipId == arn.Ids[0] && template.AccountId == arn.AccountId;
    }
}
