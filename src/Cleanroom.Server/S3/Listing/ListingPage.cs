using Cleanroom.Server.S3.Objects;

namespace Cleanroom.Server.S3.Listing;

/// <summary>One page of a listing: objects and common prefixes in key order, and where the next page starts.</summary>
internal sealed record ListingPage(IReadOnlyList<ObjectRecord> Objects, IReadOnlyList<string> CommonPrefixes, bool IsTruncated, ListingPosition? Last);
