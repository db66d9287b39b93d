using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules.Encryption;

/// <summary>
/// The C3R column-class rules (spec 3.15): fingerprint columns only join fingerprint columns, are counted or grouped
/// on; sealed columns are only selected or counted. Any other use would compute silently over ciphertext, so it is
/// refused with a reason naming the class.
/// </summary>
internal sealed class ColumnClasses(DataEncryptionMetadata? settings)
{
    public EncryptionClass Of(SchemaColumn column) => column.Class switch
    {
        ColumnClass.Sealed => EncryptionClass.Sealed,
        ColumnClass.Fingerprint => EncryptionClass.Fingerprint,
        _ => settings is { AllowCleartext: false } ? EncryptionClass.Encrypted : EncryptionClass.Cleartext,
    };

    /// <summary>Null when the use is allowed; otherwise why not. <paramref name="place"/> names the clause or function.</summary>
    public string? Misuse(EncryptionClass kind, string column, ColumnUse use, string place) => kind switch
    {
        EncryptionClass.Sealed => use is ColumnUse.Output or ColumnUse.PassedOn or ColumnUse.Count
            ? null
            : $"sealed column {column} can only be selected or counted with COUNT; it cannot be used in {place}",
        EncryptionClass.Fingerprint => use switch
        {
            ColumnUse.PassedOn or ColumnUse.Count or ColumnUse.CountDistinct or ColumnUse.JoinEquality => null,
            ColumnUse.GroupKey when settings is { PreserveNulls: true } => null,
            ColumnUse.GroupKey => $"fingerprint column {column} cannot be grouped on: the collaboration does not preserve NULLs, so each NULL became a distinct value",
            ColumnUse.Output => $"fingerprint column {column} cannot be returned in the output: fingerprints can only be joined, counted or grouped on",
            _ => $"fingerprint column {column} can only be joined with fingerprint columns, counted or grouped on; it cannot be used in {place}",
        },
        EncryptionClass.Encrypted => use is ColumnUse.PassedOn or ColumnUse.Count
            ? null
            : $"column {column} is encrypted (the collaboration does not allow cleartext) and its class is not known, so it can only be counted with COUNT; it cannot be used in {place}",
        _ => null,
    };

    /// <summary>The rule a misuse of a column of this class is reported under.</summary>
    public static string RuleFor(EncryptionClass kind) => kind switch
    {
        EncryptionClass.Sealed => Checking.RuleNames.Sealed,
        EncryptionClass.Fingerprint => Checking.RuleNames.Fingerprint,
        _ => Checking.RuleNames.Encrypted,
    };

    /// <summary>The rule a refused join between columns of these classes is reported under.</summary>
    public static string JoinRuleFor(EncryptionClass left, EncryptionClass right) =>
        left == EncryptionClass.Sealed || right == EncryptionClass.Sealed ? Checking.RuleNames.Sealed
        : left == EncryptionClass.Encrypted || right == EncryptionClass.Encrypted ? Checking.RuleNames.Encrypted
        : Checking.RuleNames.Fingerprint;

    /// <summary>Null when an equality between the two columns may match rows; otherwise why not.</summary>
    public string? JoinMisuse(EncryptionClass leftKind, string left, string? leftBaseName, EncryptionClass rightKind, string right, string? rightBaseName)
    {
        if (leftKind == EncryptionClass.Cleartext && rightKind == EncryptionClass.Cleartext)
            return null;
        foreach (var (kind, name) in new[] { (leftKind, left), (rightKind, right) })
        {
            if (kind == EncryptionClass.Sealed)
                return $"sealed column {name} cannot be joined: sealed values are randomised and never match";
            if (kind == EncryptionClass.Encrypted)
                return $"column {name} is encrypted (the collaboration does not allow cleartext) and its class is not known, so it cannot be joined";
        }
        if (leftKind != rightKind)
        {
            var (fingerprint, other) = leftKind == EncryptionClass.Fingerprint ? (left, right) : (right, left);
            return $"fingerprint column {fingerprint} can only be joined with another fingerprint column, not with cleartext column {other}";
        }
        var sameName = leftBaseName is not null && string.Equals(leftBaseName, rightBaseName, StringComparison.OrdinalIgnoreCase);
        return sameName || settings is { AllowJoinsOnColumnsWithDifferentNames: true }
            ? null
            : $"fingerprint columns {left} and {right} have different names, and the collaboration allows fingerprint joins only between columns of the same name";
    }
}
