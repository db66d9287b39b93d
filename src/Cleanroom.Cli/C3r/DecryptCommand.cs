using System.CommandLine;
using Cleanroom.C3r;

namespace Cleanroom.Cli.C3r;

/// <summary><c>c3r decrypt INPUT --id UUID</c>: sealed cells decrypted, everything else copied.</summary>
internal static class DecryptCommand
{
    public static Command Create(C3rHost host)
    {
        var command = new Command("decrypt", "Decrypt a C3R-encrypted CSV or Parquet file (secret from C3R_SHARED_SECRET).");
        var files = new TableFileOptions();
        files.AddTo(command);
        var failOnFingerprints = new Option<bool>("--fail-on-fingerprint-columns", "--fof")
        {
            Description = "Fail if the file holds fingerprint values (they cannot be decrypted).",
        };
        command.Options.Add(failOnFingerprints);

        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var input = result.GetValue(files.Input)!;
            var options = new DecryptOptions(input, files.OutputPath(result))
            {
                FileFormat = TableFileOptions.ParseFormat(result.GetValue(files.Format)),
                CsvInputNullValue = result.GetValue(files.CsvInputNull),
                CsvOutputNullValue = result.GetValue(files.CsvOutputNull),
                Overwrite = result.GetValue(files.Overwrite),
                DryRun = result.GetValue(files.DryRun),
                FailOnFingerprintColumns = result.GetValue(failOnFingerprints),
            };
            var decryptor = new C3rDecryptor(SecretVariable.Read(host), result.GetValue(files.Id)!);
            var summary = CommandRun.WithProgress(result, input, "Decrypting", progress => decryptor.Decrypt(options, progress));
            if (summary.FingerprintCellsPassedThrough)
            {
                result.InvocationConfiguration.Error.WriteLine("cleanroom: warning: fingerprint values cannot be decrypted; they were copied unchanged.");
            }

            output.WriteLine(options.DryRun ? "Dry run: the input is readable; nothing was written." : $"Decrypted {summary.Rows} rows to {options.OutputPath}.");
            return 0;
        });
        return command;
    }
}
