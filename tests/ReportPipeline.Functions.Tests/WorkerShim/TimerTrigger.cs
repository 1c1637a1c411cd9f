// Shape of Microsoft.Azure.Functions.Worker.Extensions.Timer: TimerTriggerAttribute, TimerInfo, ScheduleStatus.
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

public sealed class TimerTriggerAttribute : TriggerBindingAttribute
{
    public TimerTriggerAttribute(string schedule)
    {
        Schedule = schedule;
        UseMonitor = true;
    }

    /// <summary>A six-field NCRONTAB expression, a TimeSpan, or a <c>%Setting%</c> holding one.</summary>
    public string Schedule { get; private set; }

    public bool UseMonitor { get; set; }

    public bool RunOnStartup { get; set; }
}

public class TimerInfo
{
    /// <summary>Null when schedule monitoring is off.</summary>
    public ScheduleStatus? ScheduleStatus { get; set; }

    /// <summary>True when this invocation makes up for a missed occurrence.</summary>
    public bool IsPastDue { get; set; }
}

public class ScheduleStatus
{
    public DateTime Last { get; set; }

    public DateTime Next { get; set; }

    public DateTime LastUpdated { get; set; }
}
