using System.Globalization;
using Microsoft.AspNetCore.Http;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Web.Api;

/// <summary>Parses <c>?country=&amp;since=&amp;severity=&amp;family=&amp;page=&amp;pageSize=</c> into an alert query, or field errors.</summary>
internal sealed record AlertFilter(AlertQuery Query, int Page, int PageSize, Dictionary<string, string[]> Errors)
{
    public static AlertFilter Parse(IQueryCollection query, int maxPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        string? iso2 = query["country"].FirstOrDefault();
        if (iso2 is not null && !ReadApi.ValidIso2(iso2))
        {
            errors["country"] = ["country is a two-letter ISO 3166 code, e.g. AZ."];
        }

        DateTimeOffset? since = null;
        if (query["since"].FirstOrDefault() is { Length: > 0 } sinceText)
        {
            if (DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                since = parsed;
            }
            else
            {
                errors["since"] = ["since is a date or time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z."];
            }
        }

        AlertSeverity? severity = null;
        if (query["severity"].FirstOrDefault() is { Length: > 0 } severityText)
        {
            if (Enum.TryParse<AlertSeverity>(severityText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(severityText, out _))
            {
                severity = parsed;
            }
            else
            {
                errors["severity"] = ["severity is one of info, low, medium, high."];
            }
        }

        string? family = query["family"].FirstOrDefault();
        if (family is not null && !FacetFamilies.All.Contains(family))
        {
            errors["family"] = [$"family is one of {string.Join(", ", FacetFamilies.All)}."];
        }

        var page = Number(query, "page", 1, int.MaxValue, 1, errors);
        var pageSize = Number(query, "pageSize", 1, maxPageSize, 50, errors);
        var includeDismissed = query["dismissed"].FirstOrDefault() is not ("false" or "0");
        return new AlertFilter(new AlertQuery(iso2?.ToUpperInvariant(), since, severity, family, includeDismissed), page, pageSize, errors);
    }

    private static int Number(IQueryCollection query, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"{name} is a whole number from {min} to {max}."];
        return fallback;
    }
}
