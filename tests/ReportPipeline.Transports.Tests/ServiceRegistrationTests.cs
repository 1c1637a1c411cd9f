using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportPipeline.Core;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Transports.Tests;

public sealed class ServiceRegistrationTests
{
    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
        services.AddSingleton<IDeliveryStore, InMemoryDeliveryStore>();
        services.AddSingleton<IDigestStore, InMemoryDigestStore>();
        services.AddSingleton<IAlertFeed, InMemoryAlertFeed>();
        services.AddReportPipelineCore(configuration);
        services.AddReportPipelineTransports(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Smtp_settings_bind_and_choose_the_smtp_transport()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Smtp:Host"] = "smtp.example.org",
            ["ReportPipeline:Smtp:Port"] = "465",
            ["ReportPipeline:Smtp:User"] = "relay",
            ["ReportPipeline:Smtp:From"] = "Alerts <alerts@example.org>",
            ["ReportPipeline:Notifications:BaseUrl"] = "https://rp.example.org",
            ["ReportPipeline:Notifications:Retry:MaxRetries"] = "5",
        }).Build();
        using var provider = Build(configuration);

        var smtp = provider.GetRequiredService<IOptions<SmtpOptions>>().Value;
        smtp.Host.ShouldBe("smtp.example.org");
        smtp.Port.ShouldBe(465);
        smtp.UseTls.ShouldBeTrue();
        provider.GetRequiredService<IEmailTransport>().Description.ShouldBe("SMTP smtp.example.org:465 (TLS)");
        provider.GetRequiredService<IOptions<DeliveryRetryOptions>>().Value.MaxRetries.ShouldBe(5);
        provider.GetRequiredService<NotificationComposer>().Options.BaseUrl.ShouldBe("https://rp.example.org");
        provider.GetRequiredService<IMessageSender>().ShouldBeOfType<ResilientMessageSender>();
        provider.GetRequiredService<NotificationService>().ShouldNotBeNull();
        provider.GetRequiredService<SubscriptionService>().ShouldNotBeNull();
    }

    [Fact]
    public void No_host_means_the_pickup_folder()
    {
        using var provider = Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReportPipeline:Smtp:PickupDirectory"] = "out/mail" }).Build());
        provider.GetRequiredService<IEmailTransport>().ShouldBeOfType<PickupFolderEmailTransport>()
            .Directory.ShouldBe(Path.GetFullPath("out/mail"));
    }

    [Theory]
    [InlineData(null, "https://public.example.org", "https://public.example.org")]
    [InlineData("https://notify.example.org", "https://public.example.org", "https://notify.example.org")]
    [InlineData(null, null, "http://127.0.0.1:5080")]
    public void Links_use_the_shared_public_base_url_unless_notifications_name_their_own(string? own, string? shared, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Notifications:BaseUrl"] = own,
            ["ReportPipeline:PublicBaseUrl"] = shared,
        }).Build();
        using var provider = Build(configuration);
        provider.GetRequiredService<NotificationComposer>().Options.BaseUrl.ShouldBe(expected);
    }

    [Fact]
    public void Environment_variables_override_settings()
    {
        const string name = "ReportPipeline__Smtp__Host";
        Environment.SetEnvironmentVariable(name, "relay.from-environment.example");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ReportPipeline:Smtp:Host"] = "smtp.from-file.example" })
                .AddEnvironmentVariables()
                .Build();
            using var provider = Build(configuration);
            provider.GetRequiredService<IOptions<SmtpOptions>>().Value.Host.ShouldBe("relay.from-environment.example");
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void A_malformed_from_address_is_a_clear_error()
    {
        using var provider = Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReportPipeline:Smtp:From"] = "alerts@example.org\r\nBcc: x@example.org" }).Build());
        Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<IMessageSender>())
            .Message.ShouldContain("ReportPipeline:Smtp:From");
    }
}
