using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Glue;

/// <summary>The Glue model's error names. Glue answers every client error with HTTP 400 and only a message.</summary>
internal static class GlueErrors
{
    public static ApiException InvalidInput(string message) => new("InvalidInputException", 400, message);

    public static ApiException EntityNotFound(string message) => new("EntityNotFoundException", 400, message);

    public static ApiException AlreadyExists(string message) => new("AlreadyExistsException", 400, message);

    public static ApiException AccessDenied(string message) => new("AccessDeniedException", 400, message);
}
