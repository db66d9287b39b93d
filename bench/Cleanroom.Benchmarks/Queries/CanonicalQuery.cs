namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// One benchmark query, three ways: what the runner submits (<see cref="Sql"/>, or for a template run the template's
/// text, submitted by ARN with <see cref="TemplateParameter"/>), the hand-written DuckDB SQL with the threshold written
/// by hand (<see cref="Raw"/>, over <c>{impressions}</c> and <c>{purchases}</c>), and the raw SQL without any threshold
/// (<see cref="Unfiltered"/>; null when there is none to leave out) to count the groups the threshold removed.
/// </summary>
internal sealed record CanonicalQuery(string Name, string Title, string Sql, string Raw, string? Unfiltered, (string Name, int Value)? TemplateParameter = null)
{
    public bool IsTemplate => TemplateParameter is not null;

    /// <summary>The raw SQL with its table placeholders replaced by <paramref name="impressions"/> and <paramref name="purchases"/>.</summary>
    public static string Over(string sql, string impressions, string purchases) =>
        sql.Replace("{impressions}", impressions, StringComparison.Ordinal).Replace("{purchases}", purchases, StringComparison.Ordinal);
}
