using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cleanroom.Server.Wire.Model;

namespace Cleanroom.Server.Wire.Validation;

/// <summary>
/// Validates a request generically against the model's input shape: required members, types, lengths,
/// ranges, patterns, enums, list/map bounds and unions (exactly one member). Unknown members are ignored.
/// Messages name the field (<c>members[0].accountId</c>) but never echo the value.
/// </summary>
internal sealed class RequestValidator(ServiceModel model)
{
    private const int MaxReported = 10;
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public void Validate(OperationModel operation, RequestValues values)
    {
        var errors = new List<FieldError>();
        var input = model.Shapes[operation.Input];
        var required = input.Required ?? [];
        foreach (var (name, member) in input.Members ?? new Dictionary<string, MemberModel>())
        {
            var shape = model.Shapes[member.Shape];
            var isRequired = required.Contains(name);
            switch (member.Location)
            {
                case "uri":
                    if (values.Path.TryGetValue(member.LocationName ?? name, out var label))
                    {
                        CheckText(shape, label, name, errors);
                    }
                    else if (isRequired)
                    {
                        errors.Add(new FieldError(name, "Member must not be null"));
                    }

                    break;
                case "querystring":
                    CheckQuery(shape, values, member.LocationName ?? name, name, isRequired, errors);
                    break;
                case null:
                    CheckBodyMember(values.Body, name, shape, member.Shape, isRequired, errors);
                    break;
            }
        }

        if (values.Body is { ValueKind: not JsonValueKind.Object and not JsonValueKind.Undefined } body && body.ValueKind != JsonValueKind.Null)
        {
            errors.Insert(0, new FieldError("body", "The request body must be a JSON object"));
        }

        if (errors.Count > 0)
        {
            throw ApiException.Validation(Describe(errors), errors.Take(MaxReported).ToArray());
        }
    }

    private void CheckBodyMember(JsonElement? body, string name, ShapeModel shape, string shapeName, bool isRequired, List<FieldError> errors)
    {
        if (body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            CheckValue(shape, shapeName, value, name, errors);
        }
        else if (isRequired)
        {
            errors.Add(new FieldError(name, "Member must not be null"));
        }
    }

    private void CheckQuery(ShapeModel shape, RequestValues values, string key, string name, bool isRequired, List<FieldError> errors)
    {
        if (!values.Query.TryGetValue(key, out var raw) || raw.Count == 0)
        {
            if (isRequired)
            {
                errors.Add(new FieldError(name, "Member must not be null"));
            }

            return;
        }

        if (shape.Type == "list")
        {
            CheckCount(shape, raw.Count, name, errors);
            var item = model.Shapes[shape.Member!];
            for (var index = 0; index < raw.Count; index++)
            {
                CheckText(item, raw[index] ?? string.Empty, $"{name}[{index}]", errors);
            }

            return;
        }

        CheckText(shape, raw[0] ?? string.Empty, name, errors);
    }

    /// <summary>A path label or query value: typed by the shape, then checked like a JSON value.</summary>
    private void CheckText(ShapeModel shape, string text, string path, List<FieldError> errors)
    {
        switch (shape.Type)
        {
            case "integer" or "long":
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    CheckRange(shape, number, path, errors);
                }
                else
                {
                    errors.Add(new FieldError(path, "Member must be an integer"));
                }

                break;
            case "double" or "float":
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
                {
                    CheckRange(shape, real, path, errors);
                }
                else
                {
                    errors.Add(new FieldError(path, "Member must be a number"));
                }

                break;
            case "boolean":
                if (text is not ("true" or "false"))
                {
                    errors.Add(new FieldError(path, "Member must be a boolean"));
                }

                break;
            default:
                CheckString(shape, text, path, errors);
                break;
        }
    }

    private void CheckValue(ShapeModel shape, string shapeName, JsonElement value, string path, List<FieldError> errors)
    {
        if (shape.Document)
        {
            return;
        }

        switch (shape.Type)
        {
            case "structure":
                CheckStructure(shape, value, path, errors);
                break;
            case "list":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add(new FieldError(path, "Member must be a list"));
                    return;
                }

                CheckCount(shape, value.GetArrayLength(), path, errors);
                var item = model.Shapes[shape.Member!];
                var index = 0;
                foreach (var element in value.EnumerateArray())
                {
                    if (element.ValueKind == JsonValueKind.Null)
                    {
                        errors.Add(new FieldError($"{path}[{index}]", "Member must not be null"));
                    }
                    else
                    {
                        CheckValue(item, shape.Member!, element, $"{path}[{index}]", errors);
                    }

                    index++;
                }

                break;
            case "map":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new FieldError(path, "Member must be a map"));
                    return;
                }

                CheckCount(shape, value.EnumerateObject().Count(), path, errors);
                var keyShape = model.Shapes[shape.Key!];
                var valueShape = model.Shapes[shape.Value!];
                foreach (var property in value.EnumerateObject())
                {
                    CheckString(keyShape, property.Name, $"{path}.key", errors);
                    if (property.Value.ValueKind == JsonValueKind.Null)
                    {
                        errors.Add(new FieldError($"{path}[{property.Name}]", "Member must not be null"));
                    }
                    else
                    {
                        CheckValue(valueShape, shape.Value!, property.Value, $"{path}[{property.Name}]", errors);
                    }
                }

                break;
            case "string":
                if (value.ValueKind == JsonValueKind.String)
                {
                    CheckString(shape, value.GetString()!, path, errors);
                }
                else
                {
                    errors.Add(new FieldError(path, "Member must be a string"));
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add(new FieldError(path, "Member must be a boolean"));
                }

                break;
            case "integer" or "long":
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
                {
                    CheckRange(shape, number, path, errors);
                }
                else
                {
                    errors.Add(new FieldError(path, "Member must be an integer"));
                }

                break;
            case "double" or "float":
                if (value.ValueKind == JsonValueKind.Number)
                {
                    CheckRange(shape, value.GetDouble(), path, errors);
                }
                else
                {
                    errors.Add(new FieldError(path, "Member must be a number"));
                }

                break;
            case "timestamp":
                if (value.ValueKind is not (JsonValueKind.Number or JsonValueKind.String))
                {
                    errors.Add(new FieldError(path, "Member must be a timestamp"));
                }

                break;
            case "blob":
                if (value.ValueKind != JsonValueKind.String || !IsBase64(value.GetString()!))
                {
                    errors.Add(new FieldError(path, "Member must be base64-encoded binary data"));
                }

                break;
            default:
                throw new InvalidOperationException($"Shape {shapeName} has an unknown type {shape.Type}.");
        }
    }

    private void CheckStructure(ShapeModel shape, JsonElement value, string path, List<FieldError> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError(path, "Member must be a structure"));
            return;
        }

        var members = shape.Members ?? new Dictionary<string, MemberModel>();
        if (shape.Union)
        {
            var set = members.Keys.Count(name => value.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null);
            if (set != 1)
            {
                errors.Add(new FieldError(path, $"Exactly one member must be set, found {set}"));
            }
        }

        foreach (var (name, member) in members)
        {
            var childPath = $"{path}.{name}";
            if (value.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null)
            {
                CheckValue(model.Shapes[member.Shape], member.Shape, child, childPath, errors);
            }
            else if (shape.Required?.Contains(name) == true)
            {
                errors.Add(new FieldError(childPath, "Member must not be null"));
            }
        }
    }

    private static void CheckString(ShapeModel shape, string text, string path, List<FieldError> errors)
    {
        if (shape.Min is { } min && text.Length < min)
        {
            errors.Add(new FieldError(path, $"Member must have length greater than or equal to {min}"));
        }

        if (shape.Max is { } max && text.Length > max)
        {
            errors.Add(new FieldError(path, $"Member must have length less than or equal to {max}"));
        }

        if (shape.Enum is { } values && !values.Contains(text, StringComparer.Ordinal))
        {
            errors.Add(new FieldError(path, $"Member must satisfy enum value set: [{string.Join(", ", values)}]"));
        }

        if (shape.Pattern is { } pattern && !Matches(pattern, text))
        {
            errors.Add(new FieldError(path, $"Member must satisfy regular expression pattern: {pattern}"));
        }
    }

    private static void CheckCount(ShapeModel shape, int count, string path, List<FieldError> errors)
    {
        if (shape.Min is { } min && count < min)
        {
            errors.Add(new FieldError(path, $"Member must have length greater than or equal to {min}"));
        }

        if (shape.Max is { } max && count > max)
        {
            errors.Add(new FieldError(path, $"Member must have length less than or equal to {max}"));
        }
    }

    private static void CheckRange(ShapeModel shape, double value, string path, List<FieldError> errors)
    {
        if (shape.Min is { } min && value < min)
        {
            errors.Add(new FieldError(path, $"Member must have value greater than or equal to {min.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (shape.Max is { } max && value > max)
        {
            errors.Add(new FieldError(path, $"Member must have value less than or equal to {max.ToString(CultureInfo.InvariantCulture)}"));
        }
    }

    /// <summary>A value too costly to match (the regex times out) is rejected like a mismatch, never a 500.</summary>
    private static bool Matches(string pattern, string text)
    {
        try
        {
            return PatternOf(pattern).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Model patterns are matched against the whole value, as AWS's validators do.</summary>
    private static Regex PatternOf(string pattern) =>
        Patterns.GetOrAdd(pattern, p => new Regex($"^(?:{p})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out _);

    private static string Describe(List<FieldError> errors)
    {
        var shown = errors.Take(MaxReported).Select(error => $"Value at '{error.Name}' failed to satisfy constraint: {error.Message}");
        var count = errors.Count == 1 ? "1 validation error detected" : $"{errors.Count} validation errors detected";
        return $"{count}: {string.Join("; ", shown)}";
    }
}
