namespace Cleanroom.Rules.Policies;

/// <summary>A logical operator that may combine match conditions of an INNER JOIN.</summary>
public enum JoinOperator
{
    And,
    Or,
}
