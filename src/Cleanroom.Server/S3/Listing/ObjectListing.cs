using Cleanroom.Server.S3.Objects;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.S3.Listing;

/// <summary>
/// Lists a bucket in key order from a position, grouping keys that contain the delimiter after the prefix into
/// common prefixes. A common prefix is skipped in one range step (to the prefix's successor), so a listing of
/// "directories" never reads the keys inside them.
/// </summary>
internal static class ObjectListing
{
    private const int BatchSize = 1000;

    public static async Task<ListingPage> ListAsync(DbSession session, string bucket, string prefix, string? delimiter, ListingPosition? after, int maxKeys)
    {
        var objects = new List<ObjectRecord>();
        var prefixes = new List<string>();
        var until = prefix.Length == 0 ? null : ObjectKey.Successor(prefix);
        var (from, exclusive) = Start(prefix, after);
        ListingPosition? last = null;
        while (from is not null)
        {
            var limit = Math.Min(BatchSize, maxKeys - objects.Count - prefixes.Count + 1);
            var batch = await ObjectRows.RangeAsync(session, bucket, from, exclusive, until, limit);
            if (batch.Count == 0)
            {
                break;
            }

            var skipped = false;
            foreach (var item in batch)
            {
                if (objects.Count + prefixes.Count == maxKeys)
                {
                    return new ListingPage(objects, prefixes, true, last);
                }

                var delimiterAt = delimiter is null ? -1 : item.Key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
                if (delimiterAt >= 0)
                {
                    var commonPrefix = item.Key[..(delimiterAt + delimiter!.Length)];
                    prefixes.Add(commonPrefix);
                    last = new ListingPosition(commonPrefix, true);
                    (from, exclusive) = (ObjectKey.Successor(commonPrefix), false);
                    skipped = true;
                    break;
                }

                objects.Add(item);
                last = ListingPosition.AfterKey(item.Key);
                (from, exclusive) = (item.Key, true);
            }

            if (!skipped && batch.Count < limit)
            {
                break;
            }
        }

        return new ListingPage(objects, prefixes, false, last);
    }

    private static (string? From, bool Exclusive) Start(string prefix, ListingPosition? after)
    {
        if (after is null || ObjectKey.Compare(after.Value, prefix) < 0)
        {
            return (prefix, false);
        }

        return after.IsCommonPrefix ? (ObjectKey.Successor(after.Value), false) : (after.Value, true);
    }
}
