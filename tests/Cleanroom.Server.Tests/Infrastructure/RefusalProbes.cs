using System.Text.Json.Nodes;

namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>
/// Reads the probes of the authorization scripts (<c>{operation, who, real, random}</c>): a refused call on a real
/// resource must fail exactly as the same call on a random id does, and name none of the given secrets.
/// </summary>
internal static class RefusalProbes
{
    public static void AssertIndistinguishable(JsonArray cases, IReadOnlyList<string> secrets)
    {
        foreach (var probe in cases)
        {
            var label = $"{probe!["operation"]} by {probe["who"]}";
            var real = probe["real"]!["error"];
            var random = probe["random"]!["error"];
            Assert.True(real is not null, $"{label} must be refused: {probe["real"]!.ToJsonString()}");
            Assert.True(random is not null, $"{label} with a random id must fail");
            Assert.True(random!.ToJsonString() == real!.ToJsonString(), $"{label}: {real.ToJsonString()} differs from {random.ToJsonString()}");
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, real.ToJsonString(), StringComparison.Ordinal);
            }
        }
    }
}
