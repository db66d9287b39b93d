using System.CommandLine;
using Cleanroom.C3r;

namespace Cleanroom.Cli.C3r;

/// <summary><c>c3r schema INPUT (--template | --interactive)</c>: a starting schema for an input file.</summary>
internal static class SchemaCommand
{
    public static Command Create(C3rHost host)
    {
        var command = new Command("schema", "Write an encryption schema for an input file, as a template or from answers to questions.");
        var input = new Argument<string>("INPUT") { Description = "The CSV or Parquet file the schema is for." };
        var template = new Option<bool>("--template", "-t") { Description = "Write a template to edit." };
        var interactive = new Option<bool>("--interactive", "-i") { Description = "Ask about each column (answers on standard input)." };
        var output = new Option<string?>("--output", "-o") { Description = "Schema file to write (default: INPUT's file name + .json in the current directory)." };
        var overwrite = new Option<bool>("--overwrite", "-f") { Description = "Replace the schema file if it exists." };
        var format = new Option<string?>("--file-format", "-e") { Description = "csv or parquet (default: from the input's extension)." };
        var noHeaders = new Option<bool>("--no-headers", "-p") { Description = "The CSV file has no header row (positional schema)." };
        var noCleartext = new Option<bool>("--no-cleartext") { Description = "The collaboration forbids cleartext columns; do not offer them." };
        command.Arguments.Add(input);
        foreach (var option in new Option[] { template, interactive, output, overwrite, format, noHeaders, noCleartext })
        {
            command.Options.Add(option);
        }

        command.SetAction(result => CommandRun.Guarded(result, console =>
        {
            if (result.GetValue(template) == result.GetValue(interactive))
            {
                throw new C3rException("Choose exactly one of --template and --interactive.");
            }

            var source = result.GetValue(input)!;
            var destination = result.GetValue(output) is { Length: > 0 } given
                ? given
                : Path.Combine(Environment.CurrentDirectory, Path.GetFileName(source) + ".json");
            if (File.Exists(destination) && !result.GetValue(overwrite))
            {
                throw new C3rException($"Output file {destination} already exists and overwrite is not allowed.");
            }

            var fileFormat = TableFileOptions.ParseFormat(result.GetValue(format));
            var hasHeaders = !result.GetValue(noHeaders);
            var allowCleartext = !result.GetValue(noCleartext);
            var json = result.GetValue(template)
                ? C3rSchemaGenerator.Template(source, fileFormat, hasHeaders, allowCleartext)
                : C3rSchemaGenerator.Interactive(source, fileFormat, hasHeaders, allowCleartext, host.Input(), console);
            File.WriteAllText(destination, json);
            console.WriteLine($"Schema written to {destination}.");
            return 0;
        }));
        return command;
    }
}
