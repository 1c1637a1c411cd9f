using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Core;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Transports;

public static class ServiceCollectionExtensions
{
    /// <summary>Used for links when <c>ReportPipeline:Notifications:BaseUrl</c> is not set.</summary>
    public const string PublicBaseUrlSetting = CoreServiceCollectionExtensions.PublicBaseUrlSetting;

    /// <summary>
    /// The transports Core's notification services send through: SMTP (or the pickup folder when
    /// <c>ReportPipeline:Smtp:Host</c> is empty) and webhooks, with retries (<see cref="IMessageSender"/>).
    /// Subscriptions and notify themselves come from <c>AddReportPipelineCore</c>.
    /// </summary>
    public static IServiceCollection AddReportPipelineTransports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.TryAddSingleton(configuration);
        CoreServiceCollectionExtensions.Bind<SmtpOptions>(services, SmtpOptions.SectionName);
        CoreServiceCollectionExtensions.Bind<DeliveryRetryOptions>(services, DeliveryRetryOptions.SectionName);
        CoreServiceCollectionExtensions.Bind<WebhookOptions>(services, WebhookOptions.SectionName);

        services.TryAddSingleton<IEmailTransport>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            return smtp.UsesPickupDirectory ? new PickupFolderEmailTransport(smtp.PickupDirectoryFullPath) : new SmtpEmailTransport(smtp);
        });
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
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
        return services;
    }
}
