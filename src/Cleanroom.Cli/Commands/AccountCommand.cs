using System.CommandLine;
using System.Text.Json;
using Cleanroom.Server.Hosting;
using Spectre.Console;

namespace Cleanroom.Cli.Commands;

/// <summary>
/// <c>cleanroom account create|list</c>. Works beside a running server on the same data directory: the server
/// looks keys up in the database, so a new key is accepted at once.
/// </summary>
internal static class AccountCommand
{
    public static Command Create()
    {
        var command = new Command("account", "Manage accounts and their access keys.");
        command.Subcommands.Add(CreateAccount());
        command.Subcommands.Add(ListAccounts());
        return command;
    }

    private static Command CreateAccount()
    {
        var dataDirectory = CommonOptions.DataDirectory();
        var name = new Option<string>("--name") { Description = "A name for the account (1-100 characters).", Required = true };
        var command = new Command("create", "Create an account; prints {\"accountId\", \"accessKeyId\", \"secretAccessKey\"} as one JSON object.") { dataDirectory, name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var data = ServerData.Open(parse.GetValue(dataDirectory)!);
            var credentials = await data.Accounts.CreateAsync(parse.GetValue(name)!, cancellationToken);
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["accountId"] = credentials.AccountId,
                ["accessKeyId"] = credentials.AccessKeyId,
                ["secretAccessKey"] = credentials.SecretAccessKey,
            }));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListAccounts()
    {
        var dataDirectory = CommonOptions.DataDirectory();
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table." };
        var command = new Command("list", "List accounts (never shows secret keys).") { dataDirectory, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var data = ServerData.Open(parse.GetValue(dataDirectory)!);
            var accounts = await data.Accounts.ListAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(accounts.Select(account => new Dictionary<string, string>
                {
                    ["accountId"] = account.AccountId,
                    ["name"] = account.Name,
                    ["accessKeyId"] = account.AccessKeyId,
                    ["createTime"] = account.CreateTime.ToString("O"),
                })));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Account", "Name", "Access key", "Created");
            foreach (var account in accounts)
            {
                table.AddRow(account.AccountId, Markup.Escape(account.Name), account.AccessKeyId, account.CreateTime.ToString("u"));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
