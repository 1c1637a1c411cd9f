using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Core.Comparison;

/// <summary>
/// Deterministic alert ids: the same change (country, facet, years, old and new value) always
/// gets the same id, so re-running a comparison finds the stored alert instead of adding one.
/// The id starts with the country code so that it also names the alert's partition.
/// </summary>
public static class AlertIds
{
    public static string For(string iso2, string kind, string facet, int fromYear, int toYear, string? oldValue, string? newValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(iso2);
        // Unit separators keep "a|b" + "c" apart from "a" + "b|c".
        var key = string.Join('\u001f', iso2.ToUpperInvariant(), kind, facet, fromYear, toYear, oldValue ?? "\u0000", newValue ?? "\u0000");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return $"{iso2.ToUpperInvariant()}-{Convert.ToHexStringLower(hash.AsSpan(0, 12))}";
    }

    /// <summary>The country code an id was made for (its partition), or null for a malformed id.</summary>
    public static string? CountryOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash is >= 2 and <= 3 && id.Length == dash + 25 ? id[..dash].ToUpperInvariant() : null;
    }
}
