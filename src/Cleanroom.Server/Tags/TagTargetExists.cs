using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Tags;

/// <summary>Whether the resource an ARN names exists (and is not deleted). The ARN's account is already the caller's.</summary>
internal delegate Task<bool> TagTargetExists(DbSession db, Arn arn);
