using System.CommandLine;

var root = new RootCommand("Cleanroom: a self-hosted data clean room, wire-compatible with AWS Clean Rooms.");
return root.Parse(args).Invoke();
