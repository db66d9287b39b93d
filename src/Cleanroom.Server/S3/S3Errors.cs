using Cleanroom.Server.Wire;

namespace Cleanroom.Server.S3;

/// <summary>The S3 error codes, statuses and messages clients recognise. Messages never echo stored data.</summary>
internal static class S3Errors
{
    public static ApiException AccessDenied() => new("AccessDenied", 403, "Access Denied");

    public static ApiException NoSuchBucket() => new("NoSuchBucket", 404, "The specified bucket does not exist");

    public static ApiException NoSuchKey() => new("NoSuchKey", 404, "The specified key does not exist.");

    public static ApiException NoSuchUpload() =>
        new("NoSuchUpload", 404, "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.");

    public static ApiException BucketAlreadyExists() =>
        new("BucketAlreadyExists", 409, "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.");

    public static ApiException BucketAlreadyOwnedByYou() =>
        new("BucketAlreadyOwnedByYou", 409, "Your previous request to create the named bucket succeeded and you already own it.");

    public static ApiException BucketNotEmpty() => new("BucketNotEmpty", 409, "The bucket you tried to delete is not empty");

    public static ApiException InvalidBucketName() => new("InvalidBucketName", 400, "The specified bucket is not valid.");

    public static ApiException KeyTooLong() => new("KeyTooLongError", 400, "Your key is too long");

    public static ApiException EntityTooLarge() => new("EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size");

    public static ApiException EntityTooSmall() => new("EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed object size.");

    /// <summary>S3 has no per-account storage quota; this is the code S3-compatible stores (Ceph RGW) answer.</summary>
    public static ApiException QuotaExceeded(long limit) =>
        new("QuotaExceeded", 403, $"Storing this data would exceed the account's storage quota of {limit} bytes.");

    public static ApiException InvalidPart() =>
        new("InvalidPart", 400, "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.");

    public static ApiException InvalidPartOrder() =>
        new("InvalidPartOrder", 400, "The list of parts was not in ascending order. Parts must be ordered by part number.");

    public static ApiException InvalidRange() => new("InvalidRange", 416, "The requested range is not satisfiable");

    public static ApiException PreconditionFailed() => new("PreconditionFailed", 412, "At least one of the pre-conditions you specified did not hold");

    public static ApiException MalformedXml() =>
        new("MalformedXML", 400, "The XML you provided was not well-formed or did not validate against our published schema");

    public static ApiException InvalidArgument(string message) => new("InvalidArgument", 400, message);

    public static ApiException InvalidRequest(string message) => new("InvalidRequest", 400, message);

    public static ApiException InvalidDigest() => new("InvalidDigest", 400, "The Content-MD5 you specified was invalid.");

    public static ApiException BadDigest(string what) => new("BadDigest", 400, $"The {what} you specified did not match the calculated checksum.");

    public static ApiException MissingContentLength() => new("MissingContentLength", 411, "You must provide the Content-Length HTTP header.");

    public static ApiException IncompleteBody() =>
        new("IncompleteBody", 400, "You did not provide the number of bytes specified by the Content-Length HTTP header.");

    public static ApiException MetadataTooLarge() =>
        new("MetadataTooLarge", 400, "Your metadata headers exceed the maximum allowed metadata size.");

    public static ApiException SignatureDoesNotMatch() =>
        new("SignatureDoesNotMatch", 403, Auth.AuthErrors.SignatureMismatchMessage);

    public static ApiException NotImplemented(string what) =>
        new("NotImplemented", 501, $"{what} is not implemented by Cleanroom.");

    public static ApiException MethodNotAllowed() => new("MethodNotAllowed", 405, "The specified method is not allowed against this resource.");

    public static ApiException IllegalLocationConstraint(string region) =>
        new("IllegalLocationConstraintException", 400, $"The specified location-constraint is not valid for this endpoint; it serves {region}.");
}
