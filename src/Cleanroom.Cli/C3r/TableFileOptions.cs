using System.CommandLine;
using Cleanroom.C3r;

namespace Cleanroom.Cli.C3r;

/// <summary>Options shared by encrypt and decrypt: input, output, format and CSV NULL markers.</summary>
internal sealed class TableFileOptions
{
    public Argument<string> Input { get; } = new("INPUT") { Description = "The CSV or Parquet file to read." };

    public Option<string> Id { get; } = CollaborationId("The collaboration id (a UUID).");

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Output file (default: INPUT's name with .out before the extension, in the current directory)." };

    public Option<bool> Overwrite { get; } = new("--overwrite", "-f") { Description = "Replace the output file if it exists." };

    public Option<string?> Format { get; } = new("--file-format", "-e") { Description = "csv or parquet (default: from the input's extension)." };

    public Option<string?> CsvInputNull { get; } = new("--csv-input-null-value", "-r") { Description = "CSV text that means NULL in the input." };

    public Option<string?> CsvOutputNull { get; } = new("--csv-output-null-value", "-w") { Description = "CSV text to write for NULL." };

    public Option<bool> DryRun { get; } = new("--dry-run", "-n") { Description = "Check the inputs and settings; write nothing." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Input);
        command.Options.Add(Id);
        command.Options.Add(Output);
        command.Options.Add(Overwrite);
        command.Options.Add(Format);
        command.Options.Add(CsvInputNull);
        command.Options.Add(CsvOutputNull);
        command.Options.Add(DryRun);
    }

    /// <summary>
    /// A required <c>--id</c>: a malformed id is a usage error (exit 2), as in the reference client, caught before a
    /// secret is read or a server is asked.
    /// </summary>
    public static Option<string> CollaborationId(string description)
    {
        var option = new Option<string>("--id") { Description = description, Required = true };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !Guid.TryParseExact(token.Value, "D", out _))
            {
                result.AddError($"--id must be a collaboration id in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, not '{token.Value}'.");
            }
        });
        return option;
    }

    public static C3rFileFormat? ParseFormat(string? text) => text?.Trim().Trim('"').ToLowerInvariant() switch
    {
        null => null,
        "csv" => C3rFileFormat.Csv,
        "parquet" => C3rFileFormat.Parquet,
        _ => throw new C3rException($"Unknown file format `{text}`: use csv or parquet."),
    };

    /// <summary>The reference client's default: <c>name.out.ext</c> in the current directory.</summary>
    public string OutputPath(ParseResult result)
    {
        if (result.GetValue(Output) is { Length: > 0 } given)
        {
            return given;
        }

        var input = result.GetValue(Input)!;
        return Path.Combine(Environment.CurrentDirectory, Path.GetFileNameWithoutExtension(input) + ".out" + Path.GetExtension(input));
    }
}
