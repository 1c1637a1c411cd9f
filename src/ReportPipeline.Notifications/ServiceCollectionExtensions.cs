using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Notifications;

public static class ServiceCollectionExtensions
{
    /// <summary>Used for links when <c>ReportPipeline:Notifications:BaseUrl</c> is not set.</summary>
    public const string PublicBaseUrlSetting = "ReportPipeline:PublicBaseUrl";

    /// <summary>
    /// Subscriptions and notify, with SMTP (or the pickup folder when <c>ReportPipeline:Smtp:Host</c> is empty)
    /// and webhooks. The host registers the stores: <see cref="ISubscriptionStore"/>, <see cref="IDeliveryStore"/>, <see cref="IAlertFeed"/>.
    /// </summary>
    public static IServiceCollection AddReportPipelineNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName));
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.SectionName))
            .Configure(o =>
            {
                // The hosts' shared setting (local.settings.sample.json, infra) names the public address once for every feature.
                var shared = configuration[PublicBaseUrlSetting];
                if (!string.IsNullOrWhiteSpace(shared) && string.IsNullOrWhiteSpace(configuration[NotificationOptions.SectionName + ":BaseUrl"])) o.BaseUrl = shared;
                if (string.IsNullOrWhiteSpace(o.BaseUrl)) o.BaseUrl = new NotificationOptions().BaseUrl;
            });
        services.AddOptions<DeliveryRetryOptions>().Bind(configuration.GetSection(DeliveryRetryOptions.SectionName));
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => CountryCatalog.Default);
        services.TryAddSingleton(sp => new NotificationComposer(sp.GetRequiredService<IOptions<NotificationOptions>>().Value));
        services.TryAddSingleton<IEmailTransport>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            return smtp.UsesPickupDirectory ? new PickupFolderEmailTransport(smtp.PickupDirectoryFullPath) : new SmtpEmailTransport(smtp);
        });
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton(sp => new WebhookTargetPolicy(sp.GetRequiredService<IHostResolver>(), sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowLoopback));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WebhookOptions>>().Value;
            return new WebhookTransport(WebhookTransport.CreateHttpClient(options, sp.GetRequiredService<WebhookTargetPolicy>()), options, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(sp => new ResilientMessageSender(
            sp.GetRequiredService<IEmailTransport>(),
            sp.GetRequiredService<WebhookTransport>(),
            sp.GetRequiredService<IOptions<SmtpOptions>>().Value,
            sp.GetRequiredService<IOptions<DeliveryRetryOptions>>().Value,
            sp.GetRequiredService<ILogger<ResilientMessageSender>>()));
        services.TryAddSingleton<IMessageSender>(sp => sp.GetRequiredService<ResilientMessageSender>());
        services.TryAddSingleton<SubscriptionService>();
        services.TryAddSingleton<NotificationService>();
        return services;
    }
}
