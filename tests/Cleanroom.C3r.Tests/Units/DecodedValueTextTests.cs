namespace Cleanroom.C3r.Tests;

/// <summary>Decrypted non-string values are written as the reference's Java text forms (spec 14).</summary>
public sealed class DecodedValueTextTests
{
    [Theory]
    [InlineData(1e10, "1.0E10")]
    [InlineData(1e7, "1.0E7")]
    [InlineData(9999999.0, "9999999.0")]
    [InlineData(123.45, "123.45")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(-2.5e-7, "-2.5E-7")]
    [InlineData(100.0, "100.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Doubles_print_like_java(double value, string text) => Assert.Equal(text, DecodedValueText.JavaFloatingText(value, false));

    [Fact]
    public void Floats_use_their_own_shortest_digits() => Assert.Equal("0.1", DecodedValueText.JavaFloatingText(0.1f, true));

    [Fact]
    public void Typed_bodies_format_as_text()
    {
        Assert.Equal("-1", DecodedValueText.Format(ClientDataType.BigInt, TypedValue.Body(ClientDataType.BigInt, "-1")));
        Assert.Equal("100", DecodedValueText.Format(ClientDataType.SmallInt, TypedValue.Body(ClientDataType.SmallInt, "100")));
        Assert.Equal("true", DecodedValueText.Format(ClientDataType.Boolean, TypedValue.Body(ClientDataType.Boolean, "true")));
        Assert.Equal("2022-01-08", DecodedValueText.Format(ClientDataType.Date, TypedValue.Body(ClientDataType.Date, "19000")));
        Assert.Equal("-12.340", DecodedValueText.Format(ClientDataType.Decimal, DecodedValueText.DecimalBody(-12340, 6, 3)));
        Assert.Equal("0.05", DecodedValueText.Format(ClientDataType.Decimal, DecodedValueText.DecimalBody(5, 3, 2)));
    }
}
