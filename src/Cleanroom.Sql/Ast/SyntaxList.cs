using System.Collections;

namespace Cleanroom.Sql.Ast;

/// <summary>An immutable list with structural equality, so records holding lists compare by content.</summary>
public sealed class SyntaxList<T> : IReadOnlyList<T>, IEquatable<SyntaxList<T>>
    where T : notnull
{
    private readonly T[] items;

    public SyntaxList(IEnumerable<T> items) => this.items = [.. items];

    private SyntaxList(T[] items) => this.items = items;

    public static SyntaxList<T> Empty { get; } = new([]);

    public int Count => items.Length;

    public T this[int index] => items[index];

    public static SyntaxList<T> Of(params T[] items) => items.Length == 0 ? Empty : new((T[])items.Clone());

    public SyntaxList<T> Add(T item) => new([.. items, item]);

    public SyntaxList<T> SetItem(int index, T item)
    {
        var copy = (T[])items.Clone();
        copy[index] = item;
        return new(copy);
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(SyntaxList<T>? other)
    {
        if (other is null || other.items.Length != items.Length)
            return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is SyntaxList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
            hash.Add(item);
        return hash.ToHashCode();
    }
}
