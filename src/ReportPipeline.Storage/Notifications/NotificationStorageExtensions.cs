using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Storage.Notifications;

public static class NotificationStorageExtensions
{
    /// <summary>
    /// Table storage for subscriptions, their tokens, digests and deliveries, and the alert feed over the registered
    /// <see cref="IAlertStore"/>. Call after <c>AddReportPipelineStorage</c> (which registers <see cref="StorageClients"/>).
    /// </summary>
    public static IServiceCollection AddReportPipelineNotificationStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ISubscriptionStore, TableSubscriptionStore>();
        services.TryAddSingleton<IDeliveryStore, TableDeliveryStore>();
        services.TryAddSingleton<IDigestStore, TableDigestStore>();
        services.TryAddSingleton<IAlertFeed>(sp => new AlertStoreFeed(sp.GetRequiredService<IAlertStore>()));
        return services;
    }
}
