using System.Globalization;
using Outflow.Core.Claims;

namespace Outflow.Estimation.Band;

/// <summary>Words used in conflict reasons.</summary>
internal static class Names
{
    public static string Qualifier(Qualifier q) => EnumNames.Name(q).Replace('_', '-');

    public static string Number(double? v) => v is { } x ? x.ToString(x == Math.Floor(x) ? "N0" : "N1", CultureInfo.InvariantCulture) : "none";
}
