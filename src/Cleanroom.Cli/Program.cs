using System.CommandLine;
using Cleanroom.Cli.Commands;

var root = new RootCommand("Cleanroom: a self-hosted data clean room, wire-compatible with AWS Clean Rooms.");
root.Options.Add(CommonOptions.Verbose);
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(AccountCommand.Create());
return await CommandRunner.RunAsync(root, args);
