namespace Cleanroom.C3r.Tests;

/// <summary>Shared secret acceptance follows the reference client's Base64 rules (cases in Cases/shared-secrets.txt).</summary>
public sealed class SharedSecretTests
{
    public static TheoryData<string, string> Cases() => CaseFile.Read("shared-secrets.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Secret_is_accepted_or_rejected(string verdict, string text)
    {
        var decoded = text.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\s", " ", StringComparison.Ordinal);
        if (verdict == "accept")
        {
            Assert.NotNull(SharedSecret.FromBase64(decoded));
        }
        else
        {
            Assert.Throws<C3rException>(() => SharedSecret.FromBase64(decoded));
        }
    }

    [Theory]
    [InlineData("B5E5B5C2-1F0A-4C3E-9D2E-7A6B5C4D3E2F", "b5e5b5c2-1f0a-4c3e-9d2e-7a6b5c4d3e2f")]
    [InlineData("00000000-1111-2222-3333-444444444444", "00000000-1111-2222-3333-444444444444")]
    public void Collaboration_id_becomes_the_lower_case_salt(string given, string salt) =>
        Assert.Equal(salt, CollaborationSalt.Canonical(given));

    [Theory]
    [InlineData("0-0-0-0-1")]
    [InlineData("{b5e5b5c2-1f0a-4c3e-9d2e-7a6b5c4d3e2f}")]
    [InlineData("b5e5b5c21f0a4c3e9d2e7a6b5c4d3e2f")]
    [InlineData("")]
    public void Non_canonical_ids_are_refused(string given) =>
        Assert.Throws<C3rException>(() => CollaborationSalt.Canonical(given));
}
