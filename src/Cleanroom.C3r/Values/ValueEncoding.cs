using System.Buffers.Binary;

namespace Cleanroom.C3r;

/// <summary>
/// The "encoded value" of spec section 4: one ClientDataInfo byte <c>(type &lt;&lt; 1) | isNull</c>, then the value body.
/// Readers hand the body (bytes after the info byte) to the transforms, so encoding is a prefix.
/// </summary>
internal static class ValueEncoding
{
    public static byte Info(ClientDataType type, bool isNull) => (byte)(((int)type << 1) | (isNull ? 1 : 0));

    public static ClientDataType TypeOf(byte info) => (ClientDataType)(info >> 1);

    public static bool IsNull(byte info) => (info & 1) != 0;

    /// <summary>Fingerprint equivalence class representative, or null when the type cannot be fingerprinted.</summary>
    public static ClientDataType? FingerprintClass(ClientDataType type) => type switch
    {
        ClientDataType.String or ClientDataType.Char or ClientDataType.Varchar => ClientDataType.String,
        ClientDataType.SmallInt or ClientDataType.Int or ClientDataType.BigInt => ClientDataType.BigInt,
        ClientDataType.Boolean => ClientDataType.Boolean,
        ClientDataType.Date => ClientDataType.Date,
        _ => null,
    };

    /// <summary>
    /// Writes the HMAC message of a non-NULL value: the class-normalised value bytes, then the class's info byte.
    /// Returns the message length; <paramref name="destination"/> must hold body length + 9 bytes.
    /// </summary>
    public static int FingerprintMessage(ClientDataType type, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        switch (type)
        {
            case ClientDataType.String or ClientDataType.Char:
                body.CopyTo(destination);
                destination[body.Length] = Info(ClientDataType.String, false);
                return body.Length + 1;
            case ClientDataType.Varchar:
                // Skip the declared maximum length; only the text identifies the value.
                body[4..].CopyTo(destination);
                destination[body.Length - 4] = Info(ClientDataType.String, false);
                return body.Length - 3;
            case ClientDataType.SmallInt or ClientDataType.Int or ClientDataType.BigInt:
                BinaryPrimitives.WriteInt64BigEndian(destination, ReadIntegral(type, body));
                destination[8] = Info(ClientDataType.BigInt, false);
                return 9;
            case ClientDataType.Boolean or ClientDataType.Date:
                body.CopyTo(destination);
                destination[body.Length] = Info(type, false);
                return body.Length + 1;
            default:
                throw new C3rException($"{TypeName(type)} is not a type supported by fingerprint columns.");
        }
    }

    public static long ReadIntegral(ClientDataType type, ReadOnlySpan<byte> body) => type switch
    {
        ClientDataType.SmallInt => BinaryPrimitives.ReadInt16BigEndian(body),
        ClientDataType.Int => BinaryPrimitives.ReadInt32BigEndian(body),
        _ => BinaryPrimitives.ReadInt64BigEndian(body),
    };

    public static string TypeName(ClientDataType type) => type.ToString().ToUpperInvariant();
}
