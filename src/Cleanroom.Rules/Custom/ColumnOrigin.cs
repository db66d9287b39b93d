using Cleanroom.Rules.Encryption;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Rules.Custom;

/// <summary>
/// What a column passed on unchanged (through aliases, CTEs, derived tables, set operations) still is: its class,
/// its original name (for same-name fingerprint joins; null when merged from differently named columns) and type.
/// </summary>
internal sealed record ColumnOrigin(EncryptionClass Class, string? BaseName, StaticType Type, string Display);
