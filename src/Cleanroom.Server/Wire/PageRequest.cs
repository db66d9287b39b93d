namespace Cleanroom.Server.Wire;

/// <summary>
/// Where a list call starts and how many items it returns. Data access fetches <see cref="Limit"/> + 1 rows
/// so <see cref="PageTokens.Complete{T}"/> knows whether another page exists.
/// </summary>
internal readonly record struct PageRequest(string Scope, int Offset, int Limit)
{
    public int FetchCount => Limit + 1;
}
