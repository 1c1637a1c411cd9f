using System.Diagnostics;

namespace ReportPipeline.Hosting;

/// <summary>The traces the hosts emit: one activity per ingest, comparison and notification.</summary>
public static class PipelineTelemetry
{
    /// <summary>The ActivitySource name to subscribe to (OpenTelemetry <c>AddSource</c>).</summary>
    public const string SourceName = "ReportPipeline";

    public static ActivitySource Source { get; } = new(SourceName);
}
