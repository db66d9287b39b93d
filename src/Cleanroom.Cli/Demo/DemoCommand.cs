using System.CommandLine;
using System.CommandLine.Parsing;
using Cleanroom.Cli.Commands;

namespace Cleanroom.Cli.Demo;

/// <summary><c>cleanroom demo</c>: the whole idea in one command, against an embedded server.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var users = Ranged(new Option<int>("--users") { Description = "People to generate (the advertiser's audience and the retailer's customers come from them).", DefaultValueFactory = _ => 30_000 }, 100, 2_000_000);
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic data; the same seed gives the same data and result.", DefaultValueFactory = _ => 20230723 };
        var threshold = Ranged(new Option<int>("--threshold") { Description = "Distinct users every result row must cover, in both tables' AGGREGATION rules.", DefaultValueFactory = _ => 100 }, 2, 100_000);
        var keep = new Option<bool>("--keep") { Description = "Keep the server running afterwards (until Ctrl-C) and print aws CLI commands to continue by hand." };
        var dataDirectory = new Option<string?>("--data-dir") { Description = "Keep the server's data in this directory (default: a temporary directory, deleted at exit)." };
        var command = new Command(
            "demo",
            "Run the product brief's clean room end to end on an embedded server: an advertiser and a retailer, synthetic data, a protected query over the public API, the result and both members' query logs.")
        {
            users, seed, threshold, keep, dataDirectory,
        };
        command.SetAction((parse, cancellationToken) => DemoRun.RunAsync(
            new DemoSettings(
                parse.GetValue(users),
                parse.GetValue(seed),
                parse.GetValue(threshold),
                parse.GetValue(keep),
                parse.GetValue(dataDirectory),
                parse.GetValue(CommonOptions.Verbose)),
            cancellationToken));
        return command;
    }

    private static Option<int> Ranged(Option<int> option, int minimum, int maximum)
    {
        option.Validators.Add(result =>
        {
            // A token that is not a number is the parser's error already; only a number can be out of range.
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && (value < minimum || value > maximum))
            {
                result.AddError($"{option.Name} must be between {minimum} and {maximum}.");
            }
        });
        return option;
    }
}
