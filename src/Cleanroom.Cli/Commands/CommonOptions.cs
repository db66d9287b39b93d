using System.CommandLine;

namespace Cleanroom.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show full error details (stack traces) on failure.",
        Recursive = true,
    };

    /// <summary>A fresh <c>--data-dir</c> option (System.CommandLine options belong to one command each).</summary>
    public static Option<string> DataDirectory() => new("--data-dir")
    {
        Description = "The data directory (default: $CLEANROOM_DATA_DIR, else $XDG_DATA_HOME/cleanroom, else ~/.local/share/cleanroom).",
        DefaultValueFactory = _ => DefaultDataDirectory(),
    };

    public static string DefaultDataDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("CLEANROOM_DATA_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return !string.IsNullOrEmpty(xdg)
            ? Path.Combine(xdg, "cleanroom")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "cleanroom");
    }
}
