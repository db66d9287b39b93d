using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3;

/// <summary>S3's XML: responses in the 2006-03-01 namespace, request documents parsed without DTDs and with a size cap.</summary>
internal static class S3Xml
{
    public static readonly XNamespace Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 16 * 1024 * 1024,
    };

    /// <summary>An element in the S3 namespace; null content items are skipped, so optional members can be passed as null.</summary>
    public static XElement Element(string name, params object?[] content) => new(Namespace + name, content.Where(item => item is not null));

    /// <summary>An optional element: null when the value is null.</summary>
    public static XElement? Optional(string name, object? value) => value is null ? null : Element(name, value);

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static async Task WriteAsync(HttpContext context, XElement root)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/xml";
        var settings = new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false), CheckCharacters = false };
        await using var writer = XmlWriter.Create(response.Body, settings);
        await new XDocument(new XDeclaration("1.0", "UTF-8", null), root).SaveAsync(writer, context.RequestAborted);
    }

    /// <summary>Parses a request document; anything that is not well-formed XML is MalformedXML.</summary>
    public static XElement Parse(byte[] body)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), ReaderSettings);
            return XDocument.Load(reader).Root ?? throw S3Errors.MalformedXml();
        }
        catch (XmlException)
        {
            throw S3Errors.MalformedXml();
        }
    }

    /// <summary>Children by local name: clients send the S3 namespace, but some send none.</summary>
    public static IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(element => element.Name.LocalName == name);

    public static string? ChildValue(XElement parent, string name) => Children(parent, name).FirstOrDefault()?.Value;
}
