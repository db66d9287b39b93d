using System.CommandLine;
using Cleanroom.C3r;

namespace Cleanroom.Cli.C3r;

/// <summary>
/// The collaboration's encryption settings: given offline as flags (absent = false), or read from a server with
/// <c>--endpoint-url</c> (<see cref="CollaborationEndpoint"/>); giving both is a usage error. This is the one place
/// the commands get <see cref="ClientSettings"/> from.
/// </summary>
internal sealed class SettingsFlags
{
    private readonly Option<bool> _allowCleartext = new("--allow-cleartext") { Description = "The collaboration allows cleartext columns." };
    private readonly Option<bool> _allowDuplicates = new("--allow-duplicates") { Description = "The collaboration allows repeated values in fingerprint columns." };
    private readonly Option<bool> _allowJoins = new("--allow-joins-on-columns-with-different-names")
    {
        Description = "The collaboration allows joins between fingerprint columns with different names.",
    };

    private readonly Option<bool> _preserveNulls = new("--preserve-nulls") { Description = "The collaboration keeps NULL values unencrypted." };

    private readonly CollaborationEndpoint _server = new();

    public void AddTo(Command command)
    {
        Option<bool>[] flags = [_allowCleartext, _allowDuplicates, _allowJoins, _preserveNulls];
        foreach (var flag in flags)
        {
            command.Options.Add(flag);
        }

        _server.AddTo(command);
        command.Validators.Add(result =>
        {
            if (!_server.IsGiven(result))
            {
                return;
            }

            foreach (var flag in flags.Where(flag => result.GetResult(flag) is { Implicit: false }))
            {
                result.AddError($"{flag.Name} cannot be combined with --endpoint-url: the collaboration's settings are read from the server.");
            }
        });
    }

    /// <summary>The settings, and where they came from (for the command's report).</summary>
    public async Task<(ClientSettings Settings, string Source)> ReadAsync(ParseResult result, string collaborationId, C3rHost host, CancellationToken cancellationToken)
    {
        if (_server.IsGiven(result.CommandResult))
        {
            return (await _server.ReadSettingsAsync(result, collaborationId, host, cancellationToken), result.GetValue(_server.Endpoint)!);
        }

        return (new ClientSettings(
            result.GetValue(_allowCleartext),
            result.GetValue(_allowDuplicates),
            result.GetValue(_allowJoins),
            result.GetValue(_preserveNulls)), "flags");
    }
}
