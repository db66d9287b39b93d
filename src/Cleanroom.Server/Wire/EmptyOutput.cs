namespace Cleanroom.Server.Wire;

/// <summary>An operation output with no members: serialised as <c>{}</c>.</summary>
internal sealed record EmptyOutput;
