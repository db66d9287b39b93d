using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace Cleanroom.Server.Wire.Validation;

/// <summary>The three places a restJson1 input arrives: path labels, query string and JSON body.</summary>
internal sealed record RequestValues(
    IReadOnlyDictionary<string, string> Path,
    IReadOnlyDictionary<string, StringValues> Query,
    JsonElement? Body);
