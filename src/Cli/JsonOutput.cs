using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trackdown.Cli;

/// <summary>One JSON document on stdout, camelCase, stable field names: what agents and scripts read.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep non-ASCII titles readable; output is not HTML
    };

    public static void Write<T>(Terminal terminal, T value)
    {
        terminal.Output.Write(JsonSerializer.Serialize(value, Options));
        terminal.Output.WriteLine();
    }
}
