using System.Buffers;
using System.Security.Cryptography;
using Cleanroom.Server.S3.Payload;

namespace Cleanroom.Server.S3.Storage;

/// <summary>
/// Writes object bytes into a temporary file, computing MD5 and the flexible checksum on the way, then verifies
/// everything the client declared (body hash or chunk signatures, length, Content-MD5, checksum header or trailer)
/// and flushes the file to disk. Any failure deletes the file: nothing unverified reaches the object area. Memory
/// use is one pooled buffer, whatever the size.
/// </summary>
internal static class ObjectReceiver
{
    private const int BufferSize = 1 << 20;

    /// <summary>An upload: the body is read to its end, so its hash, chunk signatures and trailers are all checked.</summary>
    public static Task<ReceivedFile> ReceiveAsync(UploadBody body, UploadDigests digests, ObjectFiles files, CancellationToken cancellationToken) =>
        WriteAsync(files, digests, body.Trailers, cancellationToken, [new Source(body.Stream, body.Length, ReadToEnd: true)]);

    /// <summary>A copy of <paramref name="length"/> bytes from the current position of a stored file.</summary>
    public static Task<ReceivedFile> CopyAsync(Stream source, long length, ChecksumAlgorithm? algorithm, ObjectFiles files, CancellationToken cancellationToken) =>
        WriteAsync(files, new UploadDigests(null, algorithm, null, null), [], cancellationToken, [new Source(source, length, ReadToEnd: false)]);

    /// <summary>Stored files one after another (the parts of a multipart upload).</summary>
    public static Task<ReceivedFile> ConcatenateAsync(IReadOnlyList<Source> sources, ChecksumAlgorithm? algorithm, ObjectFiles files, CancellationToken cancellationToken) =>
        WriteAsync(files, new UploadDigests(null, algorithm, null, null), [], cancellationToken, [.. sources]);

    private static async Task<ReceivedFile> WriteAsync(
        ObjectFiles files,
        UploadDigests digests,
        IReadOnlyList<KeyValuePair<string, string>> trailers,
        CancellationToken cancellationToken,
        Source[] sources)
    {
        var path = files.NewTempPath();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            using var checksum = digests.Algorithm is { } algorithm ? Checksums.Start(algorithm) : null;
            long total = 0;
            await using (var file = files.CreateTemp(path))
            {
                foreach (var source in sources)
                {
                    long copied = 0;
                    int filled;
                    do
                    {
                        // Fill the buffer before writing: a request body arrives in small reads, the disk prefers large writes.
                        filled = 0;
                        int read;
                        do
                        {
                            var wanted = source.ReadToEnd ? BufferSize - filled : (int)Math.Min(BufferSize - filled, source.Length - copied - filled);
                            read = wanted == 0 ? 0 : await source.Stream.ReadAsync(buffer.AsMemory(filled, wanted), cancellationToken);
                            filled += read;
                        }
                        while (read > 0 && filled < BufferSize);

                        copied += filled;
                        if (copied > source.Length)
                        {
                            throw S3Errors.IncompleteBody();
                        }

                        md5.AppendData(buffer, 0, filled);
                        checksum?.Append(buffer.AsSpan(0, filled));
                        await file.WriteAsync(buffer.AsMemory(0, filled), cancellationToken);
                    }
                    while (filled == BufferSize);

                    if (copied != source.Length)
                    {
                        throw S3Errors.IncompleteBody();
                    }

                    total += copied;
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            var digest = md5.GetHashAndReset();
            var value = digests.Verify(digest, checksum?.Finish(), trailers);
            return new ReceivedFile(path, total, digest, value is null ? null : digests.Algorithm, value);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            // Kestrel's word for a body shorter than its Content-Length (the client stopped sending).
            ObjectFiles.DeletePath(path);
            throw S3Errors.IncompleteBody();
        }
        catch
        {
            ObjectFiles.DeletePath(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Bytes to write: a request body is read to its end (that is when it is verified); a stored file only for its length.</summary>
    public sealed record Source(Stream Stream, long Length, bool ReadToEnd);
}
