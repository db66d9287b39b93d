using System.CommandLine;
using Cleanroom.C3r;

namespace Cleanroom.Cli.C3r;

/// <summary><c>c3r encrypt INPUT --schema FILE --id UUID</c>.</summary>
internal static class EncryptCommand
{
    public static Command Create(C3rHost host)
    {
        var command = new Command("encrypt", "Encrypt a CSV or Parquet file for a collaboration (secret from C3R_SHARED_SECRET).");
        var files = new TableFileOptions();
        files.AddTo(command);
        var schema = new Option<string>("--schema", "-s") { Description = "The schema JSON file.", Required = true };
        var tempDir = new Option<string?>("--temp-dir", "-d") { Description = "Directory for encrypted shuffle files (default: the output's directory)." };
        var binaryAsString = new Option<bool>("--parquet-binary-as-string") { Description = "Parquet: read unannotated binary columns as UTF-8 strings." };
        var settings = new SettingsFlags();
        command.Options.Add(schema);
        command.Options.Add(tempDir);
        command.Options.Add(binaryAsString);
        settings.AddTo(command);

        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var input = result.GetValue(files.Input)!;
            var id = result.GetValue(files.Id)!;
            var options = new EncryptOptions(input, files.OutputPath(result), C3rSchema.Load(result.GetValue(schema)!))
            {
                FileFormat = TableFileOptions.ParseFormat(result.GetValue(files.Format)),
                CsvInputNullValue = result.GetValue(files.CsvInputNull),
                CsvOutputNullValue = result.GetValue(files.CsvOutputNull),
                ParquetBinaryAsString = result.GetValue(binaryAsString),
                Overwrite = result.GetValue(files.Overwrite),
                DryRun = result.GetValue(files.DryRun),
                TempDirectory = result.GetValue(tempDir),
            };

            // Local inputs are checked before the server is asked.
            var secret = SecretVariable.Read(host);
            var (collaboration, source) = await settings.ReadAsync(result, id, host, cancellationToken);
            var encryptor = new C3rEncryptor(secret, id, collaboration);
            var summary = CommandRun.WithProgress(result, input, "Encrypting", progress => encryptor.Encrypt(options, progress, cancellationToken));
            output.WriteLine(
                $"Collaboration settings ({source}): allowCleartext {Text(collaboration.AllowCleartext)}, allowDuplicates {Text(collaboration.AllowDuplicates)}, " +
                $"allowJoinsOnColumnsWithDifferentNames {Text(collaboration.AllowJoinsOnColumnsWithDifferentNames)}, preserveNulls {Text(collaboration.PreserveNulls)}");
            output.WriteLine($"Cleartext columns: [{string.Join(", ", summary.CleartextColumns)}]");
            output.WriteLine($"Sealed columns: [{string.Join(", ", summary.SealedColumns)}]");
            output.WriteLine($"Fingerprint columns: [{string.Join(", ", summary.FingerprintColumns)}]");
            output.WriteLine(options.DryRun
                ? "Dry run: the schema, settings and input are valid; nothing was written."
                : $"Encrypted {summary.Rows} rows to {options.OutputPath}.");
            return 0;
        });
        return command;
    }

    private static string Text(bool value) => value ? "true" : "false";
}
