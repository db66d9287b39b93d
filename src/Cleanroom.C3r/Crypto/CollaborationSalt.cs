using System.Text;
using System.Text.RegularExpressions;

namespace Cleanroom.C3r;

/// <summary>
/// The HKDF salt: the collaboration id in canonical lower-case UUID form. Only the dashed 8-4-4-4-12 form is
/// accepted, so every member derives the same keys whatever case they typed.
/// </summary>
internal static partial class CollaborationSalt
{
    public static string Canonical(string collaborationId)
    {
        ArgumentNullException.ThrowIfNull(collaborationId);
        if (!UuidPattern().IsMatch(collaborationId))
        {
            throw new C3rException("The collaboration id must be a UUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.");
        }

        return collaborationId.ToLowerInvariant();
    }

    public static byte[] Bytes(string salt)
    {
        if (salt.Length == 0)
        {
            throw new C3rException("The collaboration id (salt) must not be empty.");
        }

        return Encoding.UTF8.GetBytes(salt);
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();
}
