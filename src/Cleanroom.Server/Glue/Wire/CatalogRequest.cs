using System.Text.Json;

namespace Cleanroom.Server.Glue.Wire;

/// <summary>
/// The members of the Glue catalog requests Cleanroom reads, in one shape: each operation's input has a subset
/// of them (CreateDatabase: DatabaseInput, Tags; GetDatabase/DeleteDatabase: Name; CreateTable/UpdateTable:
/// DatabaseName, Name, TableInput, VersionId and the open table format inputs, which are refused; GetTable/DeleteTable:
/// DatabaseName, Name; GetTables: DatabaseName, Expression; the Get…s operations: NextToken, MaxResults). The model
/// has validated them already.
/// </summary>
internal sealed record CatalogRequest(
    string? CatalogId,
    string? Name,
    string? DatabaseName,
    JsonElement? DatabaseInput,
    JsonElement? TableInput,
    Dictionary<string, string>? Tags,
    string? VersionId,
    JsonElement? OpenTableFormatInput,
    JsonElement? UpdateOpenTableFormatInput,
    string? Expression,
    string? NextToken,
    int? MaxResults);
