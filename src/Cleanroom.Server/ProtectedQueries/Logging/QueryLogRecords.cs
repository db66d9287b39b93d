using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cleanroom.Server.QueryLogs;

namespace Cleanroom.Server.ProtectedQueries.Logging;

/// <summary>
/// Writes a query's records into each recipient's log group: a SUBMISSION record when the query is accepted or
/// rejected, a TERMINATION record with the final status (and the fixed error code and message) when it ends. A query
/// text too long for one log event is shortened and marked <c>queryTextTruncated</c>.
/// </summary>
internal sealed class QueryLogRecords(QueryLogWriter writer)
{
    public const string Submission = "SUBMISSION";
    public const string Termination = "TERMINATION";

    // Records are read by people and filter patterns: no \u escapes for quotes and the like.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(string collaborationId, IReadOnlyList<LogRecipient> audience, string stage, DateTimeOffset at, QueryOutcome? outcome = null)
    {
        foreach (var recipient in audience)
        {
            await writer.AppendAsync(recipient.AccountId, collaborationId, at, Render(recipient.Record, stage, at, outcome), CancellationToken.None);
        }
    }

    private static string Render(JsonObject record, string stage, DateTimeOffset at, QueryOutcome? outcome)
    {
        var rendered = new JsonObject
        {
            ["eventId"] = record["eventId"]?.DeepClone(),
            ["eventTimestamp"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["logStage"] = stage,
        };
        foreach (var (name, value) in record.Where(pair => pair.Key != "eventId"))
        {
            rendered[name] = value?.DeepClone();
        }

        if (outcome is not null)
        {
            rendered["status"] = outcome.Status;
            if (outcome.Error is { } error)
            {
                rendered["errorCode"] = error.Code;
                rendered["errorMessage"] = error.Message;
            }
        }

        var text = rendered.ToJsonString(Readable);
        var excess = Encoding.UTF8.GetByteCount(text) - QueryLogWriter.MaxMessageBytes;
        if (excess > 0 && rendered["queryText"]?.GetValue<string>() is { } queryText)
        {
            // Escaping can make a character cost up to six bytes; cut generously and mark the record.
            rendered["queryText"] = queryText[..Math.Max(0, queryText.Length - excess - 64)];
            rendered["queryTextTruncated"] = true;
            text = rendered.ToJsonString(Readable);
        }

        return text;
    }
}
