using Cleanroom.Rules;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Server.ProtectedQueries.Submission;

/// <summary>A query ready for the checker: the parsed tree (a template's with its parameters bound to typed literals) and, for a template run, which template.</summary>
internal sealed record SubmittedQuery(Query Tree, TemplateRun? Template);
