namespace Cleanroom.Sql.Ast;

/// <summary><c>*</c> or <c>qualifier.*</c> in a select list.</summary>
public sealed record StarItem(ObjectName? Qualifier) : SelectItem;
