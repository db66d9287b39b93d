using Cleanroom.Rules.Schema;
using Cleanroom.Server.ProtectedQueries.Engine;
using Cleanroom.Server.Schemas;

namespace Cleanroom.Server.ProtectedQueries.Submission;

/// <summary>A READY table of the collaboration three ways: its schema, what the checker knows of it, and how the engine reads it.</summary>
internal sealed record QueryableTable(CollaborationSchema Schema, SchemaTable Table, TableRead Read)
{
    /// <summary>
    /// The READY schemas, each with its engine view (<c>view_1</c>, <c>view_2</c> … in schema order). Column classes
    /// come from <paramref name="classes"/> (by schema name) in an encrypted collaboration, else every column is cleartext.
    /// </summary>
    public static IReadOnlyList<QueryableTable> Of(IReadOnlyList<CollaborationSchema> schemas, Func<string, IReadOnlyDictionary<string, ColumnClass>?> classes) =>
        [.. schemas.Where(schema => schema.IsReady).Select((schema, index) =>
        {
            var read = new TableRead($"view_{index + 1}", schema.OwnerAccountId, schema.Source, schema.Columns, schema.PartitionKeys);
            var known = classes(schema.Name);
            var columns = read.AllColumns
                .Select(column => new SchemaColumn(column.Name, column.Type.ToString(), known?.GetValueOrDefault(column.Name) ?? ColumnClass.Cleartext))
                .ToArray();
            var policy = schema.ToAnalysisRule()!.ConsolidatedPolicy.ToJsonString();
            return new QueryableTable(schema, new SchemaTable(schema.Name, schema.OwnerAccountId, columns, Rules.Policies.AnalysisRulePolicy.Parse(policy), read.ViewName), read);
        })];
}
