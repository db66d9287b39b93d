using System.Globalization;
using System.Text.RegularExpressions;

namespace Cleanroom.Server.Glue;

/// <summary>
/// A Hive type string parsed: <c>string</c>, <c>varchar(n)</c>, <c>char(n)</c>, <c>tinyint</c>, <c>smallint</c>,
/// <c>int</c>/<c>integer</c>, <c>bigint</c>, <c>float</c>, <c>double</c>, <c>decimal[(p[,s])]</c> (Hive's default
/// is decimal(10,0)), <c>boolean</c>, <c>date</c>, <c>timestamp</c>. <see cref="Length"/> is the varchar/char length.
/// </summary>
internal sealed partial record HiveType(HiveTypeKind Kind, int? Precision = null, int? Scale = null, int? Length = null)
{
    private const int MaxDecimalPrecision = 38;
    private const int MaxVarcharLength = 65535;
    private const int MaxCharLength = 255;

    /// <summary>The type, or null when the text is not one of the types Cleanroom reads.</summary>
    public static HiveType? Parse(string? text)
    {
        var match = text is null ? null : TypePattern().Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        var first = Number(match.Groups["first"]);
        var second = Number(match.Groups["second"]);
        var hasArguments = match.Groups["first"].Success;
        return name switch
        {
            "decimal" when !hasArguments => new HiveType(HiveTypeKind.Decimal, 10, 0),
            "decimal" when first is >= 1 and <= MaxDecimalPrecision && (second ?? 0) >= 0 && (second ?? 0) <= first =>
                new HiveType(HiveTypeKind.Decimal, first, second ?? 0),
            "varchar" when second is null && first is >= 1 and <= MaxVarcharLength => new HiveType(HiveTypeKind.Varchar, Length: first),
            "char" when second is null && first is >= 1 and <= MaxCharLength => new HiveType(HiveTypeKind.Char, Length: first),
            _ when hasArguments => null,
            "string" => new HiveType(HiveTypeKind.String),
            "tinyint" => new HiveType(HiveTypeKind.TinyInt),
            "smallint" => new HiveType(HiveTypeKind.SmallInt),
            "int" or "integer" => new HiveType(HiveTypeKind.Int),
            "bigint" => new HiveType(HiveTypeKind.BigInt),
            "float" => new HiveType(HiveTypeKind.Float),
            "double" => new HiveType(HiveTypeKind.Double),
            "boolean" => new HiveType(HiveTypeKind.Boolean),
            "date" => new HiveType(HiveTypeKind.Date),
            "timestamp" => new HiveType(HiveTypeKind.Timestamp),
            _ => null,
        };
    }

    /// <summary>The canonical Hive spelling, e.g. <c>decimal(10,2)</c> or <c>varchar(20)</c>.</summary>
    public override string ToString() => Kind switch
    {
        HiveTypeKind.Decimal => $"decimal({Precision},{Scale})",
        HiveTypeKind.Varchar => $"varchar({Length})",
        HiveTypeKind.Char => $"char({Length})",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    private static int? Number(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z]+)\s*(?:\(\s*(?<first>\d{1,6})\s*(?:,\s*(?<second>\d{1,6})\s*)?\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();
}
