using System.Text.Json;

namespace Cleanroom.Server.Wire.Model;

/// <summary>
/// A wire contract generated from the botocore model by tools/generate-cleanrooms-model.py and embedded in the
/// assembly: routes, input shapes and constraints (all Clean Rooms operations; the Glue catalog operations).
/// </summary>
internal sealed class ServiceModel
{
    // Declared before CleanRooms: static initialisers run in textual order.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ServiceModel(IReadOnlyDictionary<string, OperationModel> operations, IReadOnlyDictionary<string, ShapeModel> shapes)
    {
        Operations = operations;
        Shapes = shapes;
    }

    public static ServiceModel CleanRooms { get; } = Load("Cleanroom.Server.Wire.Model.cleanrooms.json");

    /// <summary>The Glue catalog operations Cleanroom serves (awsJson1.1: method and URI are always POST /).</summary>
    public static ServiceModel Glue { get; } = Load("Cleanroom.Server.Wire.Model.glue.json");

    public IReadOnlyDictionary<string, OperationModel> Operations { get; }

    public IReadOnlyDictionary<string, ShapeModel> Shapes { get; }

    public OperationModel Operation(string name) =>
        Operations.TryGetValue(name, out var operation) ? operation : throw new ArgumentException($"{name} is not an operation of the model.", nameof(name));

    private static ServiceModel Load(string resource)
    {
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded model {resource} is missing.");
        var document = JsonSerializer.Deserialize<Document>(stream, Json)
            ?? throw new InvalidDataException("The embedded model is empty.");
        var operations = document.Operations.ToDictionary(
            pair => pair.Key,
            pair => pair.Value with { Name = pair.Key },
            StringComparer.Ordinal);
        return new ServiceModel(operations, document.Shapes);
    }

    private sealed record Document(Dictionary<string, OperationModel> Operations, Dictionary<string, ShapeModel> Shapes);
}
