namespace Cleanroom.Cli.Demo.Data;

/// <summary>One CSV object to upload: its key under the table's folder, its bytes and how many data rows it holds.</summary>
internal sealed record TableObject(string Key, byte[] Content, int Rows);
