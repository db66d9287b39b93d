namespace Cleanroom.Server.S3;

/// <summary>The seam the object store plugs into: one handler for every S3 request.</summary>
internal delegate Task S3Handler(S3Request request);
