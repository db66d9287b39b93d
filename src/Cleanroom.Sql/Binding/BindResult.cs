using System.Diagnostics.CodeAnalysis;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Binding;

/// <summary>The query with every parameter replaced by a typed literal, or the errors (which name parameters, never values).</summary>
public sealed record BindResult(Query? Query, IReadOnlyList<string> Errors)
{
    [MemberNotNullWhen(true, nameof(Query))]
    public bool Succeeded => Query is not null;
}
