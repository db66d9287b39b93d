using Cleanroom.Sql.Functions;

namespace Cleanroom.Sql.Tests;

public sealed class CatalogueTests
{
    [Fact]
    public void Every_catalogue_function_is_documented()
    {
        var doc = File.ReadAllText(RepositoryFiles.Path("docs", "sql-dialect.md"));
        var listed = doc[doc.IndexOf("## Function catalogue", StringComparison.Ordinal)..].Split([' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.All(FunctionCatalog.All, f => Assert.Contains(f.Name, listed));
    }

    [Fact]
    public void Kinds_answer_the_rule_checker_questions()
    {
        Assert.True(FunctionCatalog.IsAggregate("count") && FunctionCatalog.IsWindow("count"));
        Assert.True(FunctionCatalog.IsWindow("rank") && !FunctionCatalog.IsAggregate("rank"));
        Assert.True(FunctionCatalog.IsScalar("upper") && !FunctionCatalog.IsScalar("sum"));
        Assert.False(FunctionCatalog.TryGet("read_csv", out _));
    }

    [Fact]
    public void Every_scalar_functions_enum_value_maps_to_catalogue_names()
    {
        foreach (var value in ScalarFunctionAllowList.EnumValues)
        {
            foreach (var name in ScalarFunctionAllowList.NamesAllowedBy(value))
                Assert.True(name is ScalarFunctionAllowList.CastName or ScalarFunctionAllowList.ExtractName || FunctionCatalog.TryGet(name, out _), $"{value} → {name}");
        }
        Assert.Equal(24, ScalarFunctionAllowList.EnumValues.Count);
        Assert.Contains("ceil", ScalarFunctionAllowList.NamesAllowedBy("CEILING"));
    }
}
