namespace Cleanroom.Server.Wire;

/// <summary>The four AWS protocols served on one endpoint; decides the error envelope.</summary>
internal enum WireProtocol
{
    /// <summary>restJson1 (Clean Rooms).</summary>
    RestJson,

    /// <summary>awsJson1.1 (Glue, CloudWatch Logs).</summary>
    AwsJson,

    /// <summary>S3 REST-XML, path style.</summary>
    S3Xml,
}
