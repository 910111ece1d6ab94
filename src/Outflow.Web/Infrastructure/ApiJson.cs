using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Outflow.Web.Infrastructure;

/// <summary>The API's JSON: snake_case names and enum values, as ANNOTATION.md writes them.</summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DictionaryKeyPolicy = null;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        // the default encoder escapes <, > and & as \u003C..., so document text can never close a script context
        o.Encoder = JavaScriptEncoder.Default;
        o.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
    }
}
