using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Flat;

/// <summary>One occurrence of a table in FROM (a self-join gives two): how the query names it, and the alias the executable tree gives it.</summary>
internal sealed record TableInstance(int Index, NamedTable Node, SchemaTable Table, string ReferenceName, Identifier Alias);
