namespace Cleanroom.Server.Wire.Model;

/// <summary>A structure member: its shape and, for HTTP-bound members, where it travels (uri, querystring).</summary>
internal sealed record MemberModel(string Shape, string? Location, string? LocationName);
