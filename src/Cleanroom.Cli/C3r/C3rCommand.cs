using System.CommandLine;

namespace Cleanroom.Cli.C3r;

/// <summary>
/// <c>cleanroom c3r</c>: client-side encryption for collaborations that use cryptographic computing
/// (schema, encrypt, decrypt), compatible with the AWS C3R client.
/// </summary>
internal static class C3rCommand
{
    public static Command Create() => Create(C3rHost.Process);

    internal static Command Create(C3rHost host)
    {
        var command = new Command("c3r", "Encrypt and decrypt tables for cryptographic computing (AWS C3R format).");
        command.Subcommands.Add(SchemaCommand.Create(host));
        command.Subcommands.Add(EncryptCommand.Create(host));
        command.Subcommands.Add(DecryptCommand.Create(host));
        return command;
    }
}
