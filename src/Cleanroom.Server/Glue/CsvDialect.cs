namespace Cleanroom.Server.Glue;

/// <summary>
/// How a CSV table's text is split. <see cref="Quote"/> and <see cref="Escape"/> are null when the SerDe has none
/// (LazySimpleSerDe does not quote). <see cref="NullFormat"/> is the text that reads as NULL (LazySimpleSerDe's
/// default is <c>\N</c>); null means no marker: an empty field of a non-string column is NULL, as in Athena.
/// <see cref="HeaderLines"/> lines are skipped at the start of every object (<c>skip.header.line.count</c>).
/// </summary>
internal sealed record CsvDialect(char Delimiter, char? Quote, char? Escape, string? NullFormat, int HeaderLines);
