namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>The test classes that share <see cref="ProtectedQueryWorld"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ProtectedQueryCollection : ICollectionFixture<ProtectedQueryWorld>
{
    public const string Name = "Protected queries";
}
