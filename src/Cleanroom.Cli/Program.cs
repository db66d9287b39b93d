using System.CommandLine;
using Cleanroom.Cli.C3r;
using Cleanroom.Cli.Commands;
using Cleanroom.Cli.Datagen;
using Cleanroom.Cli.Demo;

var root = new RootCommand("Cleanroom: a self-hosted data clean room, wire-compatible with AWS Clean Rooms.");
root.Options.Add(CommonOptions.Verbose);
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(AccountCommand.Create());
root.Subcommands.Add(C3rCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(DatagenCommand.Create());
return await CommandRunner.RunAsync(root, args);
