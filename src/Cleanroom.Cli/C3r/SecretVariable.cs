using Cleanroom.C3r;

namespace Cleanroom.Cli.C3r;

/// <summary>The shared secret comes only from the environment, never from the command line (which others can see).</summary>
internal static class SecretVariable
{
    public const string Name = "C3R_SHARED_SECRET";

    public static SharedSecret Read(C3rHost host)
    {
        var value = host.Environment(Name);
        return string.IsNullOrEmpty(value)
            ? throw new C3rException($"Set the environment variable {Name} to the collaboration's Base64 shared secret.")
            : SharedSecret.FromBase64(value);
    }
}
