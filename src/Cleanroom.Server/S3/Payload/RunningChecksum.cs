namespace Cleanroom.Server.S3.Payload;

/// <summary>A checksum computed while bytes stream past; <see cref="Finish"/> gives the big-endian value S3 sends in base64.</summary>
internal abstract class RunningChecksum : IDisposable
{
    public abstract void Append(ReadOnlySpan<byte> data);

    public abstract byte[] Finish();

    public virtual void Dispose()
    {
    }
}
