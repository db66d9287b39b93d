using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Cleanroom.C3r.Tests;

/// <summary>Builds value bodies (spec 4) from the vectors' type names and textual values.</summary>
internal static class TypedValue
{
    public static ClientDataType Type(string name) => Enum.Parse<ClientDataType>(name, ignoreCase: true);

    public static byte[] Body(ClientDataType type, string value)
    {
        var bytes = new byte[8];
        switch (type)
        {
            case ClientDataType.String:
                return Encoding.UTF8.GetBytes(value);
            case ClientDataType.BigInt:
                BinaryPrimitives.WriteInt64BigEndian(bytes, long.Parse(value, CultureInfo.InvariantCulture));
                return bytes;
            case ClientDataType.Int or ClientDataType.Date:
                BinaryPrimitives.WriteInt32BigEndian(bytes, int.Parse(value, CultureInfo.InvariantCulture));
                return bytes[..4];
            case ClientDataType.SmallInt:
                BinaryPrimitives.WriteInt16BigEndian(bytes, short.Parse(value, CultureInfo.InvariantCulture));
                return bytes[..2];
            case ClientDataType.Boolean:
                return [(byte)(bool.Parse(value) ? 1 : 0)];
            default:
                throw new ArgumentException($"No vector type {type}.");
        }
    }
}
