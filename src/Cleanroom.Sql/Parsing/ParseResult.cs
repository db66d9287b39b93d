using System.Diagnostics.CodeAnalysis;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Parsing;

/// <summary>Either the parsed query or the diagnostics explaining why there is none.</summary>
public sealed record ParseResult(Query? Query, IReadOnlyList<Diagnostic> Diagnostics)
{
    [MemberNotNullWhen(true, nameof(Query))]
    public bool Succeeded => Query is not null;
}
