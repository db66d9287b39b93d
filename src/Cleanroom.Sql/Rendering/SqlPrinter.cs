using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Rendering;

/// <summary>Prints a tree in the canonical spelling of the Cleanroom dialect (for logs and round-trip checks).</summary>
public static class SqlPrinter
{
    public static string Print(Query query)
    {
        var writer = new CanonicalWriter();
        writer.Query(query);
        return writer.ToString();
    }

    public static string Print(Expression expression)
    {
        var writer = new CanonicalWriter();
        writer.Expression(expression);
        return writer.ToString();
    }
}
