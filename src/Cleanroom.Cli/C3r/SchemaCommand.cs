using System.CommandLine;
using Cleanroom.C3r;

namespace Cleanroom.Cli.C3r;

/// <summary>
/// <c>c3r schema INPUT (--template | --interactive)</c>: a starting schema for an input file. Whether cleartext
/// columns are offered comes from <c>--no-cleartext</c>, or, as the reference client's <c>--id</c> does, from the
/// collaboration on a server (<c>--id … --endpoint-url …</c>).
/// </summary>
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
        var id = TableFileOptions.CollaborationId("With --endpoint-url: the collaboration whose settings decide whether cleartext columns are offered.");
        id.Required = false;
        var server = new CollaborationEndpoint();
        command.Arguments.Add(input);
        foreach (var option in new Option[] { template, interactive, output, overwrite, format, noHeaders, noCleartext, id })
        {
            command.Options.Add(option);
        }

        server.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(template) == result.GetValue(interactive))
            {
                result.AddError("Choose exactly one of --template and --interactive.");
            }

            var idGiven = result.GetResult(id) is { Implicit: false };
            if (idGiven != server.IsGiven(result))
            {
                result.AddError("--id and --endpoint-url go together: the collaboration is read from the server.");
            }

            if (server.IsGiven(result) && result.GetResult(noCleartext) is { Implicit: false })
            {
                result.AddError("--no-cleartext cannot be combined with --endpoint-url: the collaboration's settings are read from the server.");
            }
        });

        command.SetAction(async (result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration.Output;
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
            var allowCleartext = server.IsGiven(result.CommandResult)
                ? (await server.ReadSettingsAsync(result, result.GetValue(id)!, host, cancellationToken)).AllowCleartext
                : !result.GetValue(noCleartext);
            var json = result.GetValue(template)
                ? C3rSchemaGenerator.Template(source, fileFormat, hasHeaders, allowCleartext)
                : C3rSchemaGenerator.Interactive(source, fileFormat, hasHeaders, allowCleartext, host.Input(), console);
            await File.WriteAllTextAsync(destination, json, cancellationToken);
            await console.WriteLineAsync($"Schema written to {destination}.");
            return 0;
        });
        return command;
    }
}
