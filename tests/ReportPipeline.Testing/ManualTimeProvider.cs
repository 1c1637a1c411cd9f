namespace ReportPipeline.Testing;

/// <summary>A clock the test moves by hand (weekly digests, token expiry) instead of waiting.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
