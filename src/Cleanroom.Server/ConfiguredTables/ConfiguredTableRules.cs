using System.Text.Json;
using Cleanroom.Server.ConfiguredTables.Wire;
using Cleanroom.Server.Glue;
using Cleanroom.Server.Quotas;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>Business rules of a configured table: its Glue reference, its allowed columns and its analysis methods.</summary>
internal static class ConfiguredTableRules
{
    /// <summary>
    /// Resolves <c>tableReference.glue</c> in the caller's own catalog. Athena and Snowflake references are refused:
    /// Cleanroom reads only S3 data catalogued in its Glue-compatible catalog.
    /// </summary>
    public static async Task<GlueTableLink> ResolveAsync(DbSession db, string accountId, JsonElement tableReference, string region)
    {
        var reference = tableReference.Deserialize<TableReference>(WireJson.CamelCase)!;
        if (reference.Glue is not { } glue)
        {
            var member = reference.Athena is not null ? "athena" : "snowflake";
            throw ApiException.Validation(
                "Only Glue table references are supported: catalog the S3 data with the Glue API on this endpoint. Athena and Snowflake tables are not supported.",
                new FieldError($"tableReference.{member}", "Only tableReference.glue is supported"));
        }

        if (glue.Region is { } given && given != region)
        {
            throw ApiException.Validation(
                $"The Glue catalog is this server's, in region {region}.",
                new FieldError("tableReference.glue.region", $"Must be {region} or omitted"));
        }

        var database = GlueCall.NameKey(glue.DatabaseName);
        if (await GlueRows.FindDatabaseAsync(db, accountId, database) is null)
        {
            throw ApiException.Validation(
                "The tableReference names a Glue database that does not exist in your catalog.",
                new FieldError("tableReference.glue.databaseName", "No such Glue database in the caller's catalog"));
        }

        var table = await GlueRows.FindTableAsync(db, accountId, database, GlueCall.NameKey(glue.TableName))
            ?? throw ApiException.Validation(
                "The tableReference names a Glue table that does not exist in your catalog.",
                new FieldError("tableReference.glue.tableName", "No such Glue table in the database"));
        return new GlueTableLink(table, table.ToSource());
    }

    /// <summary>Allowed columns: within the quota, distinct, and each a column or partition key of the Glue table.</summary>
    public static void CheckAllowedColumns(IReadOnlyList<string> allowed, TableSource source, QuotaOptions quotas)
    {
        Quota.Check(Quota.ColumnsPerAllowList, allowed.Count, quotas.ColumnsPerAllowList);
        var errors = new List<FieldError>();
        for (var index = 0; index < allowed.Count; index++)
        {
            if (source.Find(allowed[index]) is null)
            {
                errors.Add(new FieldError($"allowedColumns[{index}]", "Not a column or partition key of the Glue table"));
            }
            else if (allowed.Take(index).Contains(allowed[index], StringComparer.Ordinal))
            {
                errors.Add(new FieldError($"allowedColumns[{index}]", "Listed more than once"));
            }
        }

        if (errors.Count > 0)
        {
            throw ApiException.Validation("Every allowed column must be a distinct column or partition key of the Glue table.", [.. errors]);
        }
    }

    /// <summary>
    /// <c>selectedAnalysisMethods</c> goes with <c>MULTIPLE</c> and then names both methods. <c>DIRECT_JOB</c> alone is
    /// refused: Cleanroom does not run PySpark jobs, so such a table could never be analysed.
    /// </summary>
    public static void CheckAnalysisMethods(string method, IReadOnlyList<string>? selected)
    {
        if (method == AnalysisMethod.DirectJob)
        {
            throw ApiException.Validation(
                "PySpark jobs are not supported, so a DIRECT_JOB table could never be analysed; use DIRECT_QUERY.",
                new FieldError("analysisMethod", "DIRECT_JOB is not supported"));
        }

        if (selected is not null && method != AnalysisMethod.Multiple)
        {
            throw ApiException.Validation(
                "selectedAnalysisMethods can be given only with analysisMethod MULTIPLE.",
                new FieldError("selectedAnalysisMethods", "Only with analysisMethod MULTIPLE"));
        }

        if (method == AnalysisMethod.Multiple && (selected is null || selected.Distinct(StringComparer.Ordinal).Count() < 2))
        {
            throw ApiException.Validation(
                "analysisMethod MULTIPLE needs selectedAnalysisMethods with both DIRECT_QUERY and DIRECT_JOB.",
                new FieldError("selectedAnalysisMethods", "Must list DIRECT_QUERY and DIRECT_JOB"));
        }
    }
}
