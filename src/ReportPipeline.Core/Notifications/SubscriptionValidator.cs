using System.Globalization;
using System.Net;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Notifications;

/// <summary>
/// Checks and normalises subscription input. Every field is checked for control characters
/// before anything else: a CR or LF that reached a mail header could inject headers or recipients.
/// </summary>
public sealed class SubscriptionValidator(CountryCatalog countries)
{
    /// <summary>Enough for every ISO 3166 code at once, small enough that a request cannot balloon a row.</summary>
    public const int MaxCountries = 260;

    public const int MaxFilterValueLength = 100;

    public const int MaxEmailLength = 254;

    public const int MaxUrlLength = 2048;

    private const int MaxLocalPartLength = 64;

    private static readonly IdnMapping Idn = new();

    public SubscriptionValidation Validate(SubscriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<string>();

        CheckControlCharacters(errors, "email", request.Email);
        CheckControlCharacters(errors, "webhook", request.Webhook);
        CheckControlCharacters(errors, "min-severity", request.MinimumSeverity);
        CheckControlCharacters(errors, "direction", request.Direction);
        CheckControlCharacters(errors, "delivery", request.Delivery);
        foreach (var country in request.Countries) CheckControlCharacters(errors, "country", country);
        foreach (var family in request.Families) CheckControlCharacters(errors, "family", family);
        if (errors.Count > 0)
        {
            return new SubscriptionValidation(null, errors);
        }

        var channel = SubscriptionChannel.Email;
        string? address = null;
        var hasEmail = !string.IsNullOrWhiteSpace(request.Email);
        var hasWebhook = !string.IsNullOrWhiteSpace(request.Webhook);
        if (hasEmail == hasWebhook)
        {
            errors.Add("Give exactly one of an email address or a webhook URL.");
        }
        else if (hasEmail)
        {
            address = NormaliseEmail(request.Email!, out var error);
            if (error is not null) errors.Add(error);
        }
        else
        {
            channel = SubscriptionChannel.Webhook;
            address = NormaliseWebhook(request.Webhook!, out var error);
            if (error is not null) errors.Add(error);
        }

        var filters = ValidateFilters(request, errors);
        return errors.Count == 0 && address is not null && filters is not null
            ? new SubscriptionValidation(new ValidSubscriptionRequest(channel, address, filters), [])
            : new SubscriptionValidation(null, errors);
    }

    /// <summary>Only the filters, for updating an existing subscription by token.</summary>
    public SubscriptionFilters? ValidateFilters(SubscriptionRequest request, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        foreach (var value in request.Countries.Concat(request.Families).Append(request.MinimumSeverity).Append(request.Direction).Append(request.Delivery))
        {
            CheckControlCharacters(errors, "filter", value);
        }

        if (errors.Count > before) return null;

        var isoCodes = ResolveCountries(request.Countries, errors);
        var families = ResolveFamilies(request.Families, errors);
        var severity = ParseSeverity(request.MinimumSeverity, errors);
        var direction = ParseDirection(request.Direction, errors);
        var delivery = ParseDelivery(request.Delivery, errors);
        if (errors.Count > before) return null;

        return new SubscriptionFilters
        {
            Countries = isoCodes,
            Families = families,
            MinimumSeverity = severity,
            Direction = direction,
            Delivery = delivery,
            InfoInFull = severity == AlertSeverity.Info && !string.IsNullOrWhiteSpace(request.MinimumSeverity),
        };
    }

    /// <summary>Trimmed, domain converted to ASCII (IDNA) and the whole address lower-cased; null with an error when malformed.</summary>
    public static string? NormaliseEmail(string input, out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        error = null;
        if (HasControlCharacter(input))
        {
            error = "email: contains a control character (CR, LF, NUL…); not allowed.";
            return null;
        }

        var email = input.Trim();
        var at = email.LastIndexOf('@');
        if (email.Length > MaxEmailLength)
        {
            error = $"email: longer than {MaxEmailLength} characters.";
            return null;
        }

        if (at <= 0 || at == email.Length - 1 || email.IndexOf('@', StringComparison.Ordinal) != at)
        {
            error = $"email: '{email}' is not an address like name@example.org.";
            return null;
        }

        var local = email[..at];
        var domain = email[(at + 1)..];
        if (local.Length > MaxLocalPartLength || !IsDotAtom(local, allowedPunctuation: "!#$%&'*+-/=?^_`{|}~"))
        {
            error = $"email: the part before '@' in '{email}' has characters or dots that are not allowed.";
            return null;
        }

        string asciiDomain;
        try
        {
            asciiDomain = Idn.GetAscii(domain.TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            error = $"email: '{domain}' is not a valid domain.";
            return null;
        }

        var labels = asciiDomain.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || l.StartsWith('-') || l.EndsWith('-') || !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            error = $"email: '{domain}' is not a valid domain (it needs a dot, e.g. example.org).";
            return null;
        }

        return (local + "@" + asciiDomain).ToLowerInvariant();
    }

    /// <summary>An absolute HTTPS URL, or HTTP to a loopback host (tests, local relays); no credentials, no fragment.</summary>
    public static string? NormaliseWebhook(string input, out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        error = null;
        if (HasControlCharacter(input))
        {
            error = "webhook: contains a control character (CR, LF, NUL…); not allowed.";
            return null;
        }

        var text = input.Trim();
        if (text.Length > MaxUrlLength)
        {
            error = $"webhook: longer than {MaxUrlLength} characters.";
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            error = $"webhook: '{text}' is not an absolute http(s) URL.";
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            error = $"webhook: '{text}' must use https (plain http is allowed only to a loopback address).";
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            error = "webhook: credentials in the URL are not allowed; the signature authenticates the sender.";
            return null;
        }

        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            error = "webhook: a URL fragment (#…) is never sent to the server; remove it.";
            return null;
        }

        return uri.AbsoluteUri;
    }

    public static bool IsLoopback(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    public static bool HasControlCharacter(string? value) => value is not null && value.Any(char.IsControl);

    private static void CheckControlCharacters(List<string> errors, string field, string? value)
    {
        if (HasControlCharacter(value))
        {
            errors.Add($"{field}: contains a control character (CR, LF, NUL…); not allowed.");
        }
    }

    private static bool IsDotAtom(string text, string allowedPunctuation) =>
        !text.StartsWith('.') && !text.EndsWith('.') && !text.Contains("..", StringComparison.Ordinal)
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || allowedPunctuation.Contains(c, StringComparison.Ordinal));

    private static bool IsAll(IReadOnlyList<string> values) =>
        values.Count == 0 || values.Any(v => string.Equals(v.Trim(), "all", StringComparison.OrdinalIgnoreCase));

    private List<string> ResolveCountries(IReadOnlyList<string> values, List<string> errors)
    {
        var split = SplitValues(values);
        if (split.Count > MaxCountries)
        {
            errors.Add($"country: {split.Count} countries given; at most {MaxCountries} (or 'all').");
            return [];
        }

        if (IsAll(split)) return [];
        var codes = new List<string>();
        foreach (var value in split)
        {
            if (value.Length > MaxFilterValueLength)
            {
                errors.Add($"country: a value longer than {MaxFilterValueLength} characters is not a country.");
                continue;
            }

            var country = countries.Find(value);
            if (country is null)
            {
                errors.Add($"country: unknown country '{value}' ({countries.UnknownCountryHint(value)}).");
            }
            else if (!codes.Contains(country.Iso2, StringComparer.Ordinal))
            {
                codes.Add(country.Iso2);
            }
        }

        return codes;
    }

    private static List<string> ResolveFamilies(IReadOnlyList<string> values, List<string> errors)
    {
        var split = SplitValues(values);
        if (split.Count > FacetFamilies.All.Count * 2)
        {
            errors.Add($"family: {split.Count} families given; there are only {FacetFamilies.All.Count}.");
            return [];
        }

        if (IsAll(split)) return [];
        var families = new List<string>();
        foreach (var value in split)
        {
            var key = value.Trim().ToLowerInvariant().Replace('-', '_');
            key = key switch
            {
                "action_plans" or "actionplan" or "actionplans" => FacetFamilies.ActionPlan,
                "ratifications" => FacetFamilies.Ratification,
                "moratoria" or "moratoriums" => FacetFamilies.Moratorium,
                _ => key,
            };
            if (!FacetFamilies.All.Contains(key, StringComparer.Ordinal))
            {
                var shown = value.Length > MaxFilterValueLength ? value[..MaxFilterValueLength] + "…" : value;
                errors.Add($"family: unknown family '{shown}' (one of: {string.Join(", ", FacetFamilies.All)}).");
            }
            else if (!families.Contains(key, StringComparer.Ordinal))
            {
                families.Add(key);
            }
        }

        return families;
    }

    /// <summary>Accepts repeated options and comma-separated lists alike.</summary>
    private static List<string> SplitValues(IReadOnlyList<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private static AlertSeverity ParseSeverity(string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return AlertSeverity.Info;
        if (Enum.TryParse<AlertSeverity>(value.Trim(), ignoreCase: true, out var severity) && Enum.IsDefined(severity) && !char.IsAsciiDigit(value.Trim()[0]))
        {
            return severity;
        }

        errors.Add($"min-severity: '{Shorten(value)}' is not one of info, low, medium, high.");
        return AlertSeverity.Info;
    }

    private static DirectionFilter ParseDirection(string? value, List<string> errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "any":
                return DirectionFilter.Any;
            case "worsening" or "worsening-only" or "worse":
                return DirectionFilter.WorseningOnly;
            default:
                errors.Add($"direction: '{Shorten(value!)}' is not one of any, worsening.");
                return DirectionFilter.Any;
        }
    }

    private static DeliveryMode ParseDelivery(string? value, List<string> errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "each-run" or "each" or "immediate":
                return DeliveryMode.EachRun;
            case "weekly" or "weekly-digest" or "digest":
                return DeliveryMode.WeeklyDigest;
            default:
                errors.Add($"delivery: '{Shorten(value!)}' is not one of each-run, weekly.");
                return DeliveryMode.EachRun;
        }
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
