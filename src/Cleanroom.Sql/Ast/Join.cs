namespace Cleanroom.Sql.Ast;

/// <summary><c>left [kind] JOIN right [ON …|USING (…)]</c>; the condition is absent only for CROSS and bare INNER joins.</summary>
public sealed record Join(TableReference Left, JoinKind Kind, TableReference Right, JoinCondition? Condition) : TableReference;
