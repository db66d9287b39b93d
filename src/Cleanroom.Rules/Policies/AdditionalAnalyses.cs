namespace Cleanroom.Rules.Policies;

/// <summary>Whether a table's query results may (or must) feed additional analyses such as Clean Rooms ML.</summary>
public enum AdditionalAnalyses
{
    Allowed,
    Required,
    NotAllowed,
}
