using System.Text.Json;

namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ProtectedQuery(
    string Id,
    string MembershipId,
    string MembershipArn,
    DateTimeOffset CreateTime,
    JsonElement SqlParameters,
    string Status,
    ProtectedQueryResultConfiguration ResultConfiguration,
    ProtectedQueryStatistics? Statistics,
    ProtectedQueryResult? Result,
    ProtectedQueryError? Error,
    JsonElement? ComputeConfiguration);
