using System.Text.Json;

namespace Cleanroom.Server.Associations.Wire;

/// <summary>The <c>ConfiguredTableAssociationAnalysisRule</c> shape (its member really is <c>membershipIdentifier</c>).</summary>
internal sealed record AssociationAnalysisRule(
    string MembershipIdentifier,
    string ConfiguredTableAssociationId,
    string ConfiguredTableAssociationArn,
    JsonElement Policy,
    string Type,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime);
