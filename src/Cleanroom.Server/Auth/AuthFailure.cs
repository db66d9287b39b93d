namespace Cleanroom.Server.Auth;

/// <summary>Why a request was refused before reaching a handler; each protocol names these differently.</summary>
internal enum AuthFailure
{
    Missing,
    Malformed,
    UnsignedHeaders,
    UnknownService,
    UnknownKey,
    SignatureMismatch,
    RequestTimeSkewed,
    PresignedUrlExpired,
    ContentHashMissing,
    ContentHashMismatch,
}
