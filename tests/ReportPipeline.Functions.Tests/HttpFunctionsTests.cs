using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using MimeKit;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing;
using ReportPipeline.Web;

namespace ReportPipeline.Functions.Tests;

public sealed partial class HttpFunctionsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private static readonly string[] AdminFunctions = ["ReviewAlert", "ListSubscribers"];

    private readonly string _pickup = Directory.CreateTempSubdirectory("rp-fn-mail-").FullName;

    [Fact]
    public void Every_http_function_answers_at_a_path_and_method_serve_maps_and_only_admin_ones_need_a_function_key()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddReportPipelineWeb(builder.Configuration);
        using var serve = builder.Build();
        serve.MapReportPipeline();
        var served = ((IEndpointRouteBuilder)serve).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Route: Normalize(e.RoutePattern.RawText), Method: m.ToUpperInvariant())))
            .ToHashSet();

        var functions = HttpFunctions().ToList();
        functions.Select(f => f.Name).ShouldBe(
            ["ListCountries", "GetCountryStatus", "GetCountryTimeline", "ListAlerts", "GetAlert", "ListDocuments", "ReviewAlert", "AlertsFeed", "CountryAlertsFeed",
             "Subscribe", "ConfirmSubscription", "UpdateSubscriptionFilters", "ManageSubscription", "Unsubscribe", "ListSubscribers", "Dashboard", "DashboardAsset"],
            ignoreOrder: true);
        foreach (var (name, method, trigger) in functions)
        {
            trigger.Route.ShouldNotBeNull(name);
            trigger.Methods.ShouldNotBeNull(name).ShouldNotBeEmpty(name);
            foreach (var verb in trigger.Methods!)
            {
                served.ShouldContain((Normalize(trigger.Route), verb.ToUpperInvariant()), $"{name}: serve maps no {verb} {trigger.Route}");
            }

            trigger.AuthLevel.ShouldBe(AdminFunctions.Contains(name) ? AuthorizationLevel.Function : AuthorizationLevel.Anonymous, name);
            var routeValues = RouteValue().Matches(trigger.Route).Select(m => m.Groups[1].Value);
            var bound = method.GetParameters().Where(p => p.ParameterType == typeof(string)).Select(p => p.Name);
            bound.ShouldBe(routeValues, name);
        }
    }

    [Fact]
    public async Task A_subscriber_subscribes_confirms_from_the_email_and_unsubscribes_over_http()
    {
        await using var harness = Harness();
        await using var scope = harness.Scope();
        var functions = harness.Function<SubscriptionFunctions>();
        var store = harness.Get<ISubscriptionStore>();

        var subscribed = await HttpCall.RunAsync(
            HttpCall.Json(scope.ServiceProvider, "POST", "/api/subscriptions", new { email = "analyst@ruritania.test", countries = new[] { "XR" }, minimumSeverity = "medium" }),
            functions.Subscribe);

        subscribed.Status.ShouldBe(StatusCodes.Status202Accepted, subscribed.Body);
        subscribed.Json().GetProperty("state").GetString().ShouldBe("Pending");
        subscribed.Json().GetProperty("confirmationSent").GetBoolean().ShouldBeTrue();
        var stored = (await store.ListAsync()).ShouldHaveSingleItem();
        (stored.Address, stored.State).ShouldBe(("analyst@ruritania.test", SubscriptionState.Pending));
        var email = await MimeMessage.LoadAsync(Directory.GetFiles(_pickup, "*.eml").ShouldHaveSingleItem());
        email.To.Mailboxes.Single().Address.ShouldBe("analyst@ruritania.test");
        var links = LinkToken().Matches(email.TextBody ?? string.Empty);
        var confirmToken = links.First(m => m.Groups[1].Value == "confirm").Groups[2].Value;
        var unsubscribeToken = links.First(m => m.Groups[1].Value == "unsubscribe").Groups[2].Value;

        // Opening the link (a person, or a mail scanner) shows a button and changes nothing; the button's POST confirms.
        var html = new Dictionary<string, string> { ["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8" };
        var page = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", $"/api/subscriptions/confirm?token={confirmToken}", headers: html), functions.ConfirmSubscription);
        page.Status.ShouldBe(StatusCodes.Status200OK, page.Body);
        page.ContentType.ShouldBe("text/html; charset=utf-8");
        page.Body.ShouldContain($"<form method=\"post\" action=\"confirm?token={confirmToken}\">");
        var opened = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", $"/api/subscriptions/confirm?token={confirmToken}"), functions.ConfirmSubscription);
        opened.Json().GetProperty("outcome").GetString().ShouldBe("UsePost");
        (await store.GetAsync(stored.Id))!.State.ShouldBe(SubscriptionState.Pending);

        var confirmed = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "POST", $"/api/subscriptions/confirm?token={confirmToken}"), functions.ConfirmSubscription);
        confirmed.Status.ShouldBe(StatusCodes.Status200OK, confirmed.Body);
        confirmed.Json().GetProperty("state").GetString().ShouldBe("Confirmed");
        (await store.GetAsync(stored.Id))!.State.ShouldBe(SubscriptionState.Confirmed);

        var listed = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", "/api/subscribers"), functions.ListSubscribers);
        listed.Status.ShouldBe(StatusCodes.Status200OK);
        listed.Json().EnumerateArray().Select(s => s.GetProperty("address").GetString()).ShouldBe(["analyst@ruritania.test"]);
        listed.Body.ShouldNotContain(confirmToken);

        // The unsubscribe link's token is the subscription's manage token: it also changes the filters.
        var updated = await HttpCall.RunAsync(
            HttpCall.Json(scope.ServiceProvider, "PUT", $"/api/subscriptions/filters?token={unsubscribeToken}", new { countries = new[] { "XR", "AZ" }, minimumSeverity = "high" }),
            functions.UpdateSubscriptionFilters);
        updated.Status.ShouldBe(StatusCodes.Status200OK, updated.Body);
        var refiltered = (await store.GetAsync(stored.Id))!;
        refiltered.State.ShouldBe(SubscriptionState.Confirmed);
        refiltered.Filters.Countries.ShouldBe(["AZ", "XR"], ignoreOrder: true);
        refiltered.Filters.MinimumSeverity.ShouldBe(AlertSeverity.High);
        var forged = await HttpCall.RunAsync(
            HttpCall.Json(scope.ServiceProvider, "PUT", $"/api/subscriptions/filters?token={confirmToken}", new { countries = new[] { "AZ" } }),
            functions.UpdateSubscriptionFilters);
        forged.Status.ShouldBe(StatusCodes.Status404NotFound);
        (await store.GetAsync(stored.Id))!.Filters.Countries.ShouldBe(["AZ", "XR"], ignoreOrder: true);

        // The manage page shows the filters in a form; its POST changes them.
        var manage = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", $"/api/subscriptions/manage?token={unsubscribeToken}", headers: html), functions.ManageSubscription);
        manage.Status.ShouldBe(StatusCodes.Status200OK, manage.Body);
        manage.Body.ShouldContain("analyst@ruritania.test");
        manage.Body.ShouldContain("<option value=\"high\" selected>");
        var saved = await HttpCall.RunAsync(
            HttpCall.Request(scope.ServiceProvider, "POST", $"/api/subscriptions/filters?token={unsubscribeToken}", "countries=XR&families=enforcement&families=moratorium&minimumSeverity=low&direction=worsening&delivery=weekly", "application/x-www-form-urlencoded", headers: html),
            functions.UpdateSubscriptionFilters);
        saved.Status.ShouldBe(StatusCodes.Status200OK, saved.Body);
        saved.ContentType.ShouldBe("text/html; charset=utf-8");
        var fromForm = (await store.GetAsync(stored.Id))!.Filters;
        (fromForm.Countries.Single(), fromForm.MinimumSeverity, fromForm.Direction, fromForm.Delivery).ShouldBe(("XR", AlertSeverity.Low, DirectionFilter.WorseningOnly, DeliveryMode.WeeklyDigest));
        fromForm.Families.ShouldBe(["enforcement", "moratorium"], ignoreOrder: true);

        var unsubscribePage = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", $"/api/subscriptions/unsubscribe?token={unsubscribeToken}", headers: html), functions.Unsubscribe);
        unsubscribePage.Body.ShouldContain($"action=\"unsubscribe?token={unsubscribeToken}\"");
        (await store.GetAsync(stored.Id))!.State.ShouldBe(SubscriptionState.Confirmed);

        // A mail client's one-click unsubscribe (RFC 8058) posts a form to the link in List-Unsubscribe.
        var unsubscribed = await HttpCall.RunAsync(
            HttpCall.Request(scope.ServiceProvider, "POST", $"/api/subscriptions/unsubscribe?token={unsubscribeToken}", "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded"),
            functions.Unsubscribe);
        unsubscribed.Status.ShouldBe(StatusCodes.Status200OK, unsubscribed.Body);
        (await store.GetAsync(stored.Id))!.State.ShouldBe(SubscriptionState.Unsubscribed);

        var unknown = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "POST", "/api/subscriptions/confirm?token=not-a-token-we-sent"), functions.ConfirmSubscription);
        unknown.Status.ShouldBe(StatusCodes.Status404NotFound);
        unknown.ContentType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("not json", "text/plain", 415, null)]
    [InlineData("{\"email\": ", "application/json", 400, "body")]
    [InlineData("{\"email\": \"not-an-address\"}", "application/json", 400, "subscription")]
    [InlineData("{\"email\": \"a@ruritania.test\", \"minimumSeverity\": \"urgent\"}", "application/json", 400, "subscription")]
    public async Task A_bad_subscription_request_is_problem_details_and_stores_nothing(string body, string contentType, int status, string? field)
    {
        await using var harness = Harness();
        await using var scope = harness.Scope();

        var answer = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "POST", "/api/subscriptions", body, contentType), harness.Function<SubscriptionFunctions>().Subscribe);

        answer.Status.ShouldBe(status, answer.Body);
        answer.ContentType.ShouldBe("application/problem+json");
        if (field is not null)
        {
            answer.Json().GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(answer.Body);
        }

        (await harness.Get<ISubscriptionStore>().ListAsync()).ShouldBeEmpty();
        Directory.GetFiles(_pickup).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ListAlerts", "/api/alerts?severity=urgent", "severity")]
    [InlineData("ListAlerts", "/api/alerts?since=yesterday", "since")]
    [InlineData("ListAlerts", "/api/alerts?pageSize=100000", "pageSize")]
    [InlineData("ListAlerts", "/api/alerts?country=Ruritania", "country")]
    [InlineData("GetCountryTimeline", "/api/countries/XRR/timeline", "iso2")]
    [InlineData("GetCountryStatus", "/api/countries/XR/status?year=last", "year")]
    [InlineData("ListDocuments", "/api/documents?status=lost", "status")]
    [InlineData("CountryAlertsFeed", "/feeds/countries/X1/alerts.atom", "iso2")]
    [InlineData("ConfirmSubscription", "/api/subscriptions/confirm", "token")]
    [InlineData("Unsubscribe", "/api/subscriptions/unsubscribe?token=", "token")]
    public async Task Bad_parameters_are_problem_details_naming_the_field(string function, string path, string field)
    {
        await using var harness = Harness();
        await using var scope = harness.Scope();

        var answer = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", path), Bind(function, path));

        answer.Status.ShouldBe(StatusCodes.Status400BadRequest, answer.Body);
        answer.ContentType.ShouldBe("application/problem+json");
        answer.Json().GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(answer.Body);
    }

    [Fact]
    public async Task Read_functions_return_what_ingest_and_compare_stored_and_a_review_is_kept()
    {
        await using var harness = Harness();
        foreach (var sample in new[] { "ruritania-usdol-2022.txt", "ruritania-usdol-2023.txt" })
        {
            (await harness.Function<IngestReport>().Run(await harness.UploadSampleAsync(sample), CancellationToken.None))!.Kind.ShouldBe(Core.Ingestion.IngestOutcomeKind.Ingested);
        }

        (await harness.Get<CompareService>().CompareDirtyAsync()).Raised.ShouldBeGreaterThan(0);
        var stored = await harness.Get<IAlertStore>().QueryAsync(new AlertQuery(Iso2: "XR"));
        await using var scope = harness.Scope();
        var read = harness.Function<ReadApiFunctions>();
        var services = scope.ServiceProvider;

        var countries = await HttpCall.RunAsync(HttpCall.Request(services, "GET", "/api/countries"), read.ListCountries);
        countries.Status.ShouldBe(StatusCodes.Status200OK, countries.Body);
        var xr = countries.Json().EnumerateArray().Single(c => c.GetProperty("iso2").GetString() == "XR");
        xr.GetProperty("latestYear").GetInt32().ShouldBe(2023);
        xr.GetProperty("alerts").GetInt32().ShouldBe(stored.Count);

        var status = await HttpCall.RunAsync(HttpCall.Request(services, "GET", "/api/countries/xr/status?year=2022"), (r, ct) => read.GetCountryStatus(r, "xr", ct));
        status.Status.ShouldBe(StatusCodes.Status200OK, status.Body);
        status.Json().GetProperty("year").GetInt32().ShouldBe(2022);
        var missingYear = await HttpCall.RunAsync(HttpCall.Request(services, "GET", "/api/countries/XR/status?year=1999"), (r, ct) => read.GetCountryStatus(r, "XR", ct));
        missingYear.Status.ShouldBe(StatusCodes.Status404NotFound);
        missingYear.ContentType.ShouldBe("application/problem+json");

        var timeline = await HttpCall.RunAsync(HttpCall.Request(services, "GET", "/api/countries/XR/timeline"), (r, ct) => read.GetCountryTimeline(r, "XR", ct));
        timeline.Status.ShouldBe(StatusCodes.Status200OK, timeline.Body);
        timeline.Json().GetProperty("alerts").GetArrayLength().ShouldBe(stored.Count);

        var alerts = await HttpCall.RunAsync(HttpCall.Request(services, "GET", "/api/alerts?country=XR&pageSize=200"), read.ListAlerts);
        alerts.Status.ShouldBe(StatusCodes.Status200OK, alerts.Body);
        alerts.Json().GetProperty("total").GetInt32().ShouldBe(stored.Count);
        alerts.Json().GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(stored.Select(a => a.Id), ignoreOrder: true);

        var id = stored[0].Id;
        var one = await HttpCall.RunAsync(HttpCall.Request(services, "GET", $"/api/alerts/{id}"), (r, ct) => read.GetAlert(r, id, ct));
        one.Json().GetProperty("title").GetString().ShouldBe(stored[0].Title);
        (await HttpCall.RunAsync(HttpCall.Request(services, "GET", "/api/alerts/no-such-alert"), (r, ct) => read.GetAlert(r, "no-such-alert", ct))).Status.ShouldBe(StatusCodes.Status404NotFound);

        var documents = await HttpCall.RunAsync(HttpCall.Request(services, "GET", "/api/documents?status=ingested"), read.ListDocuments);
        documents.Status.ShouldBe(StatusCodes.Status200OK, documents.Body);
        documents.Json().EnumerateArray().Select(d => d.GetProperty("year").GetInt32()).ShouldBe([2022, 2023], ignoreOrder: true);

        var feed = await HttpCall.RunAsync(HttpCall.Request(services, "GET", "/feeds/countries/XR/alerts.atom"), (r, ct) => read.CountryAlertsFeed(r, "XR", ct));
        feed.ContentType.ShouldStartWith("application/atom+xml");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XDocument.Parse(feed.Body).Root!.Elements(atom + "entry").Count().ShouldBe(Math.Min(stored.Count, 100));

        var review = await HttpCall.RunAsync(
            HttpCall.Json(services, "POST", $"/api/alerts/{id}/review", new { dismiss = true, note = "Misread table in this invented report", by = "desk@ruritania.test" }),
            (r, ct) => read.ReviewAlert(r, id, ct));
        review.Status.ShouldBe(StatusCodes.Status200OK, review.Body);
        var kept = (await harness.Get<IAlertStore>().GetAsync(id))!.Review!;
        (kept.State, kept.By).ShouldBe((AlertReviewState.Dismissed, "desk@ruritania.test"));
        var noNote = await HttpCall.RunAsync(HttpCall.Json(services, "POST", $"/api/alerts/{id}/review", new { dismiss = true, by = "desk" }), (r, ct) => read.ReviewAlert(r, id, ct));
        noNote.Status.ShouldBe(StatusCodes.Status400BadRequest);
    }

    [Fact]
    public async Task With_a_read_key_configured_reading_needs_it()
    {
        await using var harness = Harness(new() { ["ReportPipeline:Web:ReadKey"] = "ruritania-read" });
        await using var scope = harness.Scope();
        var read = harness.Function<ReadApiFunctions>();

        var without = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", "/api/countries"), read.ListCountries);
        var wrong = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", "/feeds/alerts.atom", headers: new Dictionary<string, string> { ["X-Api-Key"] = "guess" }), read.AlertsFeed);
        var with = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", "/api/countries", headers: new Dictionary<string, string> { ["X-Api-Key"] = "ruritania-read" }), read.ListCountries);

        without.Status.ShouldBe(StatusCodes.Status401Unauthorized);
        without.ContentType.ShouldBe("application/problem+json");
        wrong.Status.ShouldBe(StatusCodes.Status401Unauthorized);
        with.Status.ShouldBe(StatusCodes.Status200OK, with.Body);
    }

    [Fact]
    public async Task Subscribe_limits_count_the_client_the_functions_host_forwards_and_ignore_that_header_from_anyone_else()
    {
        await using var harness = Harness(new() { ["ReportPipeline:Web:SubscribePerClientPerMinute"] = "1" });
        var subscribe = harness.Function<SubscriptionFunctions>().Subscribe;
        async Task<int> FromAsync(IPAddress peer, string forwarded, string email)
        {
            await using var scope = harness.Scope();
            var request = HttpCall.Request(scope.ServiceProvider, "POST", "/api/subscriptions", $"{{\"email\":\"{email}\"}}", peer: peer, headers: new Dictionary<string, string> { ["X-Forwarded-For"] = forwarded });
            return (await HttpCall.RunAsync(request, subscribe)).Status;
        }

        // Every request reaches the worker from the Functions host on loopback; X-Forwarded-For names the caller.
        (await FromAsync(IPAddress.Loopback, "198.51.100.1:50123", "one@ruritania.test")).ShouldBe(StatusCodes.Status202Accepted);
        (await FromAsync(IPAddress.Loopback, "198.51.100.1:50999", "two@ruritania.test")).ShouldBe(StatusCodes.Status429TooManyRequests);
        (await FromAsync(IPAddress.Loopback, "198.51.100.2:50123", "three@ruritania.test")).ShouldBe(StatusCodes.Status202Accepted);

        // A caller reaching the app directly cannot dodge its limit by inventing the header.
        var direct = IPAddress.Parse("203.0.113.50");
        (await FromAsync(direct, "198.51.100.3", "four@ruritania.test")).ShouldBe(StatusCodes.Status202Accepted);
        (await FromAsync(direct, "198.51.100.4", "five@ruritania.test")).ShouldBe(StatusCodes.Status429TooManyRequests);
    }

    [Theory]
    [InlineData("Dashboard", "/dashboard", 200, "text/html", "/dashboard/dashboard.js")]
    [InlineData("DashboardAsset", "/dashboard/dashboard.js", 200, "text/javascript", "/api/")]
    [InlineData("DashboardAsset", "/dashboard/dashboard.css", 200, "text/css", "")]
    [InlineData("DashboardAsset", "/dashboard/secrets.json", 404, null, "")]
    public async Task The_dashboard_functions_serve_the_embedded_page_and_nothing_else(string function, string path, int status, string? contentType, string contains)
    {
        await using var harness = Harness();
        await using var scope = harness.Scope();

        var answer = await HttpCall.RunAsync(HttpCall.Request(scope.ServiceProvider, "GET", path), Bind(function, path));

        answer.Status.ShouldBe(status);
        if (contentType is not null)
        {
            answer.ContentType.ShouldNotBeNull().ShouldStartWith(contentType);
            answer.Body.ShouldContain(contains);
        }
    }

    public void Dispose() => Directory.Delete(_pickup, recursive: true);

    private FunctionsHarness Harness(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ReportPipeline:Smtp:PickupDirectory"] = _pickup,
            ["ReportPipeline:Smtp:From"] = "ReportPipeline <alerts@ruritania.test>",
            ["ReportPipeline:PublicBaseUrl"] = "https://reports.ruritania.test",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        return new FunctionsHarness(azurite, values);
    }

    private static Func<HttpRequest, CancellationToken, Task<IResult>> Bind(string function, string path)
    {
        var (_, method, trigger) = HttpFunctions().Single(f => f.Name == function);
        var instance = Activator.CreateInstance(method.DeclaringType!)!;
        // The route value the runtime would bind, taken from the path the template matches.
        var values = RouteValue().Matches(trigger.Route!).Select(m => m.Groups[1].Value).ToList();
        var template = "^/" + Regex.Replace(Regex.Escape(trigger.Route!), @"\\\{[a-z0-9]+}", "([^/]+)", RegexOptions.IgnoreCase) + "(?:\\?|$)";
        var match = Regex.Match(path, template);
        match.Success.ShouldBeTrue($"{path} does not match {trigger.Route}");
        return (request, ct) =>
        {
            var arguments = new List<object?> { request };
            arguments.AddRange(values.Select((_, i) => (object?)match.Groups[i + 1].Value));
            if (method.GetParameters()[^1].ParameterType == typeof(CancellationToken))
            {
                arguments.Add(ct);
            }

            return method.Invoke(instance, [.. arguments]) switch
            {
                Task<IResult> pending => pending,
                IResult done => Task.FromResult(done),
                var other => throw new InvalidOperationException($"{function} returned {other?.GetType().Name ?? "null"}, not an IResult."),
            };
        };
    }

    private static IEnumerable<(string Name, MethodInfo Method, HttpTriggerAttribute Trigger)> HttpFunctions() =>
        typeof(ReadApiFunctions).Assembly.GetTypes()
            .Where(t => t.Namespace == "ReportPipeline.Functions")
            .SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(f => f.Function is not null && f.Trigger is not null)
            .Select(f => (f.Function!.Name, f.Method, f.Trigger!));

    // serve's groups give "/api/subscriptions/" for the group root; Functions routes have neither slash.
    private static string Normalize(string? route) => (route ?? string.Empty).Trim('/');

    [GeneratedRegex(@"\{([a-z0-9]+)\}", RegexOptions.IgnoreCase)]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"/api/subscriptions/(confirm|unsubscribe)\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkToken();
}
