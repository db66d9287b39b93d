using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Cleanroom.Cli.Demo.Output;

/// <summary>
/// Shows the demo's numbered steps: on a terminal a live progress bar while a step runs, then a line with its
/// outcome; elsewhere (a pipe, a log file, a test) only plain lines — the outcome, and status changes as they come.
/// </summary>
internal sealed class StepDisplay(IAnsiConsole console, bool live, int steps)
{
    private int current;

    public async Task<T> RunAsync<T>(string title, Func<StepProgress, Task<T>> work, Func<T, string> outcome)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"[{++current}/{steps}]");
        var clock = Stopwatch.StartNew();
        T result;
        if (live)
        {
            result = await console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape($"{prefix} {title}"), maxValue: 1);
                    var value = await work(new StepProgress(
                        fraction => task.Value = Math.Clamp(fraction, 0, 1),
                        status => task.Description = Markup.Escape($"{prefix} {title}: {status}")));
                    task.Value = 1;
                    return value;
                });
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]✓[/] {Markup.Escape($"{prefix} {outcome(result)}")} [grey]{clock.Elapsed.TotalSeconds:0.0} s[/]"));
        }
        else
        {
            result = await work(new StepProgress(_ => { }, status => console.WriteLine($"{new string(' ', prefix.Length)} {title}: {status}")));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{prefix} {outcome(result)} ({clock.Elapsed.TotalSeconds:0.0} s)"));
        }

        return result;
    }
}
