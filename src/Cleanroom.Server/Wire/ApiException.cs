namespace Cleanroom.Server.Wire;

/// <summary>
/// The one error type handlers throw. It carries the error's wire name, HTTP status and the modelled members;
/// <see cref="Hosting.ErrorRenderer"/> writes it in the envelope of the request's protocol. Messages must never
/// contain another member's data values.
/// </summary>
internal sealed class ApiException(string code, int status, string message) : Exception(message)
{
    public string Code { get; } = code;

    public int Status { get; } = status;

    public string? Reason { get; init; }

    public IReadOnlyList<FieldError>? FieldList { get; init; }

    public string? ResourceId { get; init; }

    public string? ResourceType { get; init; }

    public string? QuotaName { get; init; }

    public double? QuotaValue { get; init; }

    /// <summary>Bad input: a field fails the model's constraints or a business rule.</summary>
    public static ApiException Validation(string message, params FieldError[] fields) =>
        new("ValidationException", 400, message) { Reason = "FIELD_VALIDATION_FAILED", FieldList = fields };

    /// <summary>A configuration that is well-formed field by field but inconsistent as a whole.</summary>
    public static ApiException InvalidConfiguration(string message, params FieldError[] fields) =>
        new("ValidationException", 400, message) { Reason = "INVALID_CONFIGURATION", FieldList = fields.Length == 0 ? null : fields };

    public static ApiException AccessDenied(string message) =>
        new("AccessDeniedException", 403, message) { Reason = "INSUFFICIENT_PERMISSIONS" };

    public static ApiException NotFound(string message, string resourceId, string resourceType) =>
        new("ResourceNotFoundException", 404, message) { ResourceId = resourceId, ResourceType = resourceType };

    public static ApiException Conflict(string message, string reason, string? resourceId = null, string? resourceType = null) =>
        new("ConflictException", 409, message) { Reason = reason, ResourceId = resourceId, ResourceType = resourceType };

    public static ApiException QuotaExceeded(string quotaName, double quotaValue) =>
        new("ServiceQuotaExceededException", 402, $"Request would exceed the quota '{quotaName}' ({quotaValue}).")
        {
            QuotaName = quotaName,
            QuotaValue = quotaValue,
        };

    /// <summary>Generic on purpose: details of unexpected failures go only to the server log.</summary>
    public static ApiException Internal() =>
        new("InternalServerException", 500, "An internal error occurred. Try again later.");
}
