using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Flat;

/// <summary>One <c>JOIN … ON condition</c>: the instances already in FROM (left) and those it adds (right).</summary>
internal sealed record JoinClause(Expression Condition, IReadOnlySet<int> Left, IReadOnlySet<int> Right);
