using System.Text.RegularExpressions;

namespace Cleanroom.Server.Tests.Readme;

/// <summary>
/// The README's quick start as written: every fenced block that follows a <c>&lt;!-- quickstart --&gt;</c> comment
/// is a shell step (run in order, in one shell), <c>&lt;!-- quickstart: server --&gt;</c> marks the server command
/// (run in another terminal) and <c>&lt;!-- quickstart: FILE --&gt;</c> the expected contents of a file it makes.
/// </summary>
internal sealed partial record QuickStartBlocks(string Server, string Steps, IReadOnlyDictionary<string, string> Files)
{
    public static QuickStartBlocks Parse(string markdown)
    {
        string? server = null;
        var steps = new List<string>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in MarkedBlock().Matches(markdown.ReplaceLineEndings("\n")))
        {
            var marker = block.Groups["marker"].Value;
            var body = block.Groups["body"].Value;
            switch (marker)
            {
                case "":
                    steps.Add(body);
                    break;
                case "server":
                    server = server is null ? body.Trim() : throw new InvalidOperationException("The README marks two server commands.");
                    break;
                default:
                    files.Add(marker, body);
                    break;
            }
        }

        return new QuickStartBlocks(
            server ?? throw new InvalidOperationException("The README marks no server command."),
            steps.Count > 0 ? string.Join('\n', steps) : throw new InvalidOperationException("The README marks no quick start steps."),
            files);
    }

    [GeneratedRegex(@"<!-- quickstart(?::\s*(?<marker>[^\s>]+))?\s*-->\s*\n```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();
}
