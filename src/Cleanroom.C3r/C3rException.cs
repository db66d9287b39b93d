namespace Cleanroom.C3r;

/// <summary>
/// A C3R input, setting or data problem the user can fix. Messages name columns and rows, never cell values.
/// </summary>
public sealed class C3rException : Exception
{
    public C3rException(string message)
        : base(message)
    {
    }

    public C3rException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
