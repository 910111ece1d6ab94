using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Outflow.Estimation.Report;

/// <summary>The report as JSON: snake_case names, enums as the snake_case strings of ANNOTATION.md, dates ISO 8601.</summary>
public static class EstimateJson
{
    /// <summary>The serializer options the web API should use for estimate types too.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Serialize(EstimateReport report, bool indented = false) =>
        JsonSerializer.Serialize(report, indented ? Indented : Options);

    public static void Serialize(Stream stream, EstimateReport report, bool indented = false) =>
        JsonSerializer.Serialize(stream, report, indented ? Indented : Options);

    public static EstimateReport? Deserialize(string json) => JsonSerializer.Deserialize<EstimateReport>(json, Options);
}
