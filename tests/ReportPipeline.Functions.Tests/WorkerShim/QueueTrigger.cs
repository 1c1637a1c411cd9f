// Shape of Microsoft.Azure.Functions.Worker.Extensions.Storage.Queues: QueueTriggerAttribute, QueueOutputAttribute.
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

public sealed class QueueTriggerAttribute(string queueName) : TriggerBindingAttribute
{
    public string QueueName { get; } = queueName;

    /// <summary>The app setting (prefix) holding the storage connection; null means AzureWebJobsStorage.</summary>
    public string? Connection { get; set; }
}

public sealed class QueueOutputAttribute(string queueName) : OutputBindingAttribute
{
    public string QueueName { get; } = queueName;

    public string? Connection { get; set; }
}
