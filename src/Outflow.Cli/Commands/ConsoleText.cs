using System.Globalization;

namespace Outflow.Cli.Commands;

/// <summary>Text for console tables: shortened strings and figures.</summary>
internal static class ConsoleText
{
    /// <summary>The text cut to <paramref name="n"/> characters, with an ellipsis when cut.</summary>
    public static string Short(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    /// <summary>A figure with thousands separators and at most one decimal; "-" when absent.</summary>
    public static string Number(double? v) => v?.ToString("#,0.#", CultureInfo.InvariantCulture) ?? "-";
}
