namespace Cleanroom.Server.Associations.Wire;

/// <summary>Exactly one member is set; all three carry the same two lists.</summary>
internal sealed record AssociationRulePolicyV1(AssociationRuleBody? List, AssociationRuleBody? Aggregation, AssociationRuleBody? Custom)
{
    public AssociationRuleBody Body => List ?? Aggregation ?? Custom!;
}
