using System.CommandLine;
using Cleanroom.C3r;

namespace Cleanroom.Cli.C3r;

/// <summary>
/// The collaboration's encryption settings, given offline as flags (absent = false). This is the one place that
/// produces <see cref="ClientSettings"/> for the commands, so reading them from a server's GetCollaboration can
/// replace or complement it without touching the commands.
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

    public void AddTo(Command command)
    {
        command.Options.Add(_allowCleartext);
        command.Options.Add(_allowDuplicates);
        command.Options.Add(_allowJoins);
        command.Options.Add(_preserveNulls);
    }

    public ClientSettings Read(ParseResult result) => new(
        result.GetValue(_allowCleartext),
        result.GetValue(_allowDuplicates),
        result.GetValue(_allowJoins),
        result.GetValue(_preserveNulls));
}
