namespace Cleanroom.Server.Wire;

/// <summary>One entry of a ValidationException's <c>fieldList</c>.</summary>
internal sealed record FieldError(string Name, string Message);
