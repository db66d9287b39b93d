using System.CommandLine;
using System.Globalization;
using Cleanroom.Cli.Commands;

namespace Cleanroom.Cli.Datagen;

/// <summary>
/// <c>cleanroom datagen --out DIR [--rows N] [--seed N] [--format parquet|csv|both]</c>: writes the reference
/// advertising dataset (impressions and purchases) for benchmarks and trials. Progress goes to standard error, one
/// line per file; standard output gets one line per table and format when it is done.
/// </summary>
internal static class DatagenCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Directory to write into (parquet/<table>/ and csv/<table>/ below it).", Required = true };
        var rows = new Option<long>("--rows")
        {
            Description = "Impression rows (purchases are half as many; one person per four impressions).",
            DefaultValueFactory = _ => 1_000_000,
        };
        var seed = new Option<long>("--seed") { Description = "The seed: the same seed and rows give the same files.", DefaultValueFactory = _ => 1 };
        var format = new Option<DatasetFormat>("--format") { Description = "File format: Parquet, Csv or Both.", DefaultValueFactory = _ => DatasetFormat.Both };
        var rowsPerFile = new Option<long>("--rows-per-file")
        {
            Description = "Rows in each file.",
            DefaultValueFactory = _ => DatasetSpec.DefaultRowsPerFile,
        };
        var threads = new Option<int?>("--threads") { Description = "DuckDB threads (default: one per core); the files do not depend on it." };
        rows.Validators.Add(result => Positive(result, rows));
        rowsPerFile.Validators.Add(result => Positive(result, rowsPerFile));
        threads.Validators.Add(result =>
        {
            if (result.GetValue(threads) is < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });

        var command = new Command("datagen", "Write the reference advertising dataset (impressions, purchases) as Parquet and CSV.")
        {
            output, rows, seed, format, rowsPerFile, threads,
        };
        command.SetAction(parse =>
        {
            var spec = new DatasetSpec(parse.GetValue(rows), parse.GetValue(seed), parse.GetValue(rowsPerFile));
            var directory = Path.GetFullPath(parse.GetValue(output)!);
            var files = ReferenceDataset.Write(spec, directory, parse.GetValue(format), parse.GetValue(threads), step =>
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step.Fraction,7:P1}  {step.RowsWritten:N0} of {step.RowsTotal:N0} rows  {step.LastFile}")));
            foreach (var written in files)
            {
                var folder = Path.GetDirectoryName(written.Paths[0])!;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written.Table.Name} ({written.Format}): {written.Rows:N0} rows in {written.Paths.Count} files under {folder}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Positive(System.CommandLine.Parsing.OptionResult result, Option<long> option)
    {
        if (result.GetValue(option) < 1)
        {
            result.AddError($"{option.Name} must be at least 1.");
        }
    }
}
