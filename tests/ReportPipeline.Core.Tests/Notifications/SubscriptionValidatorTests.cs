using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

public class SubscriptionValidatorTests
{
    private static readonly CountryCatalog Countries = CatalogWithRuritania();

    private readonly SubscriptionValidator _validator = new(Countries);

    internal static CountryCatalog CatalogWithRuritania()
    {
        var catalog = CountryCatalog.Load();
        catalog.Add(new Country("XR", "Ruritania", ["Republic of Ruritania"]));
        catalog.Add(new Country("XB", "Borduria", []));
        return catalog;
    }

    [Theory]
    [InlineData("  Ana.Lopez@Example.ORG ", "ana.lopez@example.org")]
    [InlineData("ops+alerts@mail.example.org", "ops+alerts@mail.example.org")]
    public void Email_is_normalised(string input, string expected)
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = input });
        result.Errors.ShouldBeEmpty();
        result.Value!.Address.ShouldBe(expected);
        result.Value.Channel.ShouldBe(SubscriptionChannel.Email);
    }

    [Fact]
    public void International_domain_is_converted_to_ascii()
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = "Ana@Bücher.Example" });
        result.Errors.ShouldBeEmpty();
        result.Value!.Address.ShouldBe("ana@xn--bcher-kva.example");
    }

    [Theory]
    [InlineData("plainaddress")]
    [InlineData("@example.org")]
    [InlineData("ana@")]
    [InlineData("ana@@example.org")]
    [InlineData("ana@example")]
    [InlineData("ana..lopez@example.org")]
    [InlineData(".ana@example.org")]
    [InlineData("ana lopez@example.org")]
    [InlineData("ana@exa mple.org")]
    [InlineData("ana@-example.org")]
    [InlineData("Ana <ana@example.org>")]
    [InlineData("zoë@example.org")]
    [InlineData("ana@example.org, boss@example.org")]
    public void Malformed_addresses_are_rejected_with_a_clear_error(string email)
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = email });
        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldStartWith("email:");
    }

    [Fact]
    public void Overlong_address_is_rejected()
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = new string('a', 250) + "@example.org" });
        result.Errors.ShouldHaveSingleItem().ShouldContain("longer than 254");
    }

    [Theory]
    [InlineData("ana@example.org\r\nBcc: victim@example.org")]
    [InlineData("ana@example.org\nBcc: victim@example.org")]
    [InlineData("ana@example.org\r")]
    [InlineData("ana@example.org\0")]
    public void Header_injection_in_the_address_is_rejected(string email)
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = email });
        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldBe("email: contains a control character (CR, LF, NUL…); not allowed.");
    }

    public static TheoryData<string, SubscriptionRequest> InjectionInEveryField => new()
    {
        { "country", new SubscriptionRequest { Email = "ana@example.org", Countries = ["XR\r\nBcc: x@example.org"] } },
        { "family", new SubscriptionRequest { Email = "ana@example.org", Families = ["legal\nX-Evil: 1"] } },
        { "min-severity", new SubscriptionRequest { Email = "ana@example.org", MinimumSeverity = "high\r\n" } },
        { "direction", new SubscriptionRequest { Email = "ana@example.org", Direction = "any\n" } },
        { "delivery", new SubscriptionRequest { Email = "ana@example.org", Delivery = "weekly\r" } },
        { "webhook", new SubscriptionRequest { Webhook = "https://hooks.example.org/x\r\nHost: evil" } },
    };

    [Theory]
    [MemberData(nameof(InjectionInEveryField))]
    public void Control_characters_are_rejected_in_every_field(string field, SubscriptionRequest request)
    {
        var result = _validator.Validate(request);
        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldContain($"{field}: contains a control character (CR, LF, NUL…); not allowed.");
    }

    [Fact]
    public void Countries_are_resolved_from_codes_and_names_and_deduplicated()
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", Countries = ["xr", "Republic of Ruritania", "Azerbaijan,XB"] });
        result.Errors.ShouldBeEmpty();
        result.Value!.Filters.Countries.ShouldBe(["XR", "AZ", "XB"]);
    }

    [Fact]
    public void All_countries_and_families_mean_no_restriction()
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", Countries = ["all"], Families = ["ALL"] });
        result.Errors.ShouldBeEmpty();
        result.Value!.Filters.Countries.ShouldBeEmpty();
        result.Value.Filters.Families.ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_countries_and_families_are_each_named()
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", Countries = ["Atlantis", "XR", "QQ"], Families = ["gossip", "legal"] });
        result.IsValid.ShouldBeFalse();
        result.Errors.Count.ShouldBe(3);
        result.Errors.ShouldContain(e => e.StartsWith("country: unknown country 'Atlantis'", StringComparison.Ordinal));
        result.Errors.ShouldContain(e => e.StartsWith("country: unknown country 'QQ'", StringComparison.Ordinal));
        result.Errors.ShouldContain(e => e.StartsWith("family: unknown family 'gossip'", StringComparison.Ordinal) && e.Contains("action_plan", StringComparison.Ordinal));
    }

    [Fact]
    public void Family_spellings_are_accepted()
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", Families = ["action-plans", "Enforcement", "moratorium"] });
        result.Errors.ShouldBeEmpty();
        result.Value!.Filters.Families.ShouldBe([FacetFamilies.ActionPlan, FacetFamilies.Enforcement, FacetFamilies.Moratorium]);
    }

    [Fact]
    public void Very_long_filter_lists_are_rejected()
    {
        var countries = Enumerable.Repeat("XR", SubscriptionValidator.MaxCountries + 1).ToList();
        var families = Enumerable.Repeat("legal", 100).ToList();
        var result = _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", Countries = countries, Families = families });
        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.StartsWith("country: 261 countries given", StringComparison.Ordinal));
        result.Errors.ShouldContain(e => e.StartsWith("family: 100 families given", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlong_country_value_is_rejected_without_echoing_it_whole()
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", Countries = [new string('x', 5000)] });
        result.Errors.ShouldHaveSingleItem().Length.ShouldBeLessThan(200);
    }

    [Theory]
    [InlineData("medium", "worsening", "weekly", AlertSeverity.Medium, DirectionFilter.WorseningOnly, DeliveryMode.WeeklyDigest)]
    [InlineData("HIGH", "any", "each-run", AlertSeverity.High, DirectionFilter.Any, DeliveryMode.EachRun)]
    [InlineData(null, null, null, AlertSeverity.Info, DirectionFilter.Any, DeliveryMode.EachRun)]
    public void Severity_direction_and_delivery_are_parsed(string? severity, string? direction, string? delivery, AlertSeverity expectedSeverity, DirectionFilter expectedDirection, DeliveryMode expectedDelivery)
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", MinimumSeverity = severity, Direction = direction, Delivery = delivery });
        result.Errors.ShouldBeEmpty();
        result.Value!.Filters.MinimumSeverity.ShouldBe(expectedSeverity);
        result.Value.Filters.Direction.ShouldBe(expectedDirection);
        result.Value.Filters.Delivery.ShouldBe(expectedDelivery);
    }

    [Fact]
    public void Bad_severity_direction_and_delivery_are_each_reported()
    {
        var result = _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", MinimumSeverity = "3", Direction = "sideways", Delivery = "hourly" });
        result.Errors.ShouldBe([
            "min-severity: '3' is not one of info, low, medium, high.",
            "direction: 'sideways' is not one of any, worsening.",
            "delivery: 'hourly' is not one of each-run, weekly.",
        ]);
    }

    [Theory]
    [InlineData("https://hooks.example.org/reportpipeline?team=5", true)]
    [InlineData("http://127.0.0.1:8080/hook", true)]
    [InlineData("http://localhost:8080/hook", true)]
    [InlineData("http://[::1]:8080/hook", true)]
    [InlineData("http://hooks.example.org/hook", false)]
    [InlineData("ftp://hooks.example.org/hook", false)]
    [InlineData("https://user:pass@hooks.example.org/hook", false)]
    [InlineData("https://hooks.example.org/hook#frag", false)]
    [InlineData("hooks.example.org/hook", false)]
    public void Webhooks_need_https_except_to_loopback(string url, bool valid)
    {
        var result = _validator.Validate(new SubscriptionRequest { Webhook = url });
        result.IsValid.ShouldBe(valid, string.Join("; ", result.Errors));
        if (valid) result.Value!.Channel.ShouldBe(SubscriptionChannel.Webhook);
        else result.Errors.ShouldHaveSingleItem().ShouldStartWith("webhook:");
    }

    [Fact]
    public void Exactly_one_of_email_and_webhook()
    {
        _validator.Validate(new SubscriptionRequest()).Errors.ShouldBe(["Give exactly one of an email address or a webhook URL."]);
        _validator.Validate(new SubscriptionRequest { Email = "ana@example.org", Webhook = "https://hooks.example.org/" }).IsValid.ShouldBeFalse();
    }
}
