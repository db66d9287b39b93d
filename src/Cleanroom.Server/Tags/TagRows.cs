using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Tags;

/// <summary>
/// The generic tag store keyed by ARN. Resources call <see cref="AddAsync"/> in their create transaction and
/// <see cref="DeleteAllAsync"/> when they are deleted.
/// </summary>
internal static class TagRows
{
    public const int MaxTags = 200;

    public static async Task AddAsync(DbSession db, string arn, IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null || tags.Count == 0)
        {
            return;
        }

        var reserved = tags.Keys.FirstOrDefault(key => key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase));
        if (reserved is not null)
        {
            throw ApiException.Validation("Tag keys starting with 'aws:' are reserved.", new FieldError($"tags[{reserved}]", "Reserved tag key prefix"));
        }

        foreach (var (key, value) in tags)
        {
            await db.ExecuteAsync("DELETE FROM tags WHERE resource_arn = @arn AND tag_key = @key", ("arn", arn), ("key", key));
            await db.ExecuteAsync("INSERT INTO tags (resource_arn, tag_key, tag_value) VALUES (@arn, @key, @value)", ("arn", arn), ("key", key), ("value", value));
        }

        if (await db.CountAsync("SELECT COUNT(*) FROM tags WHERE resource_arn = @arn", ("arn", arn)) > MaxTags)
        {
            throw ApiException.Validation($"A resource can have at most {MaxTags} tags.", new FieldError("tags", $"More than {MaxTags} tags"));
        }
    }

    public static async Task RemoveAsync(DbSession db, string arn, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            await db.ExecuteAsync("DELETE FROM tags WHERE resource_arn = @arn AND tag_key = @key", ("arn", arn), ("key", key));
        }
    }

    public static async Task<Dictionary<string, string>> ListAsync(DbSession db, string arn)
    {
        var rows = await db.QueryAsync(
            "SELECT tag_key, tag_value FROM tags WHERE resource_arn = @arn ORDER BY tag_key",
            reader => (Key: reader.Text("tag_key"), Value: reader.Text("tag_value")),
            ("arn", arn));
        return rows.ToDictionary(row => row.Key, row => row.Value, StringComparer.Ordinal);
    }

    public static Task DeleteAllAsync(DbSession db, string arn) => db.ExecuteAsync("DELETE FROM tags WHERE resource_arn = @arn", ("arn", arn));
}
