using System.Security.Cryptography;

namespace Cleanroom.Server.Accounts;

/// <summary>
/// The data directory's 256-bit master key (file mode 0600). Seals secrets at rest with AES-GCM and derives
/// purpose-specific keys (e.g. for pagination tokens) so one file protects everything.
/// </summary>
internal sealed class MasterKey
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] key;

    private MasterKey(byte[] key) => this.key = key;

    public static MasterKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            // Write a complete file under a temporary name and rename it into place: a concurrent reader
            // (the CLI beside a starting server) sees either no key or the whole key, and the first rename wins.
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(RandomNumberGenerator.GetBytes(KeySize));
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length != KeySize)
        {
            throw new InvalidDataException($"The master key file {path} is damaged (expected {KeySize} bytes).");
        }

        return new MasterKey(bytes);
    }

    /// <summary>Returns nonce ‖ tag ‖ ciphertext; <paramref name="context"/> binds the ciphertext to its owner.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> context)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), context);
        return output;
    }

    public byte[] Open(ReadOnlySpan<byte> sealedData, ReadOnlySpan<byte> context)
    {
        var plaintext = new byte[sealedData.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedData[..NonceSize], sealedData[(NonceSize + TagSize)..], sealedData.Slice(NonceSize, TagSize), plaintext, context);
        return plaintext;
    }

    public byte[] Derive(string purpose) => HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(purpose));
}
