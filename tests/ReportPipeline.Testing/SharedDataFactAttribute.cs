using Xunit;

namespace ReportPipeline.Testing;

/// <summary>A fact that needs <c>../shared</c>; it is skipped with a clear message when that folder is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}

/// <summary>A theory that needs <c>../shared</c>; skipped with a clear message when that folder is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
