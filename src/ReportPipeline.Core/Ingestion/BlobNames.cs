namespace ReportPipeline.Core.Ingestion;

/// <summary>
/// Turns a name that came from outside (a local path, an upload) into a blob name that stays inside
/// its container. A storage client puts the name into a URL path, where <c>..</c> segments are
/// resolved: <c>a/../../other/x.pdf</c> would be written into the container <c>other</c>. So
/// backslashes count as separators, empty and <c>.</c> segments go, <c>..</c> is resolved here, and a
/// name that would climb above its container is refused.
/// </summary>
public static class BlobNames
{
    /// <summary>The longest blob name Azure Storage accepts.</summary>
    public const int MaxLength = 1024;

    /// <summary>The normalised name, or null with <paramref name="problem"/> saying why the name cannot be used.</summary>
    public static string? Normalise(string name, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Any(char.IsControl))
        {
            problem = "The name contains control characters, which a blob name cannot hold.";
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in name.Split('/', '\\'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        problem = "The name climbs above its container with '..' segments; it is refused so that nothing is written outside the container.";
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    continue;
                default:
                    segments.Add(segment);
                    continue;
            }
        }

        var normalised = string.Join('/', segments);
        if (normalised.Length == 0)
        {
            problem = "The name is empty once '.' and '..' segments are resolved.";
            return null;
        }

        if (normalised.Length > MaxLength)
        {
            problem = $"The name is {normalised.Length} characters long; a blob name holds at most {MaxLength}.";
            return null;
        }

        // Azure Storage's naming rules rule out a trailing dot: URL handling on the way may drop it,
        // so "x." could be stored, or looked up, as "x".
        if (normalised.EndsWith('.'))
        {
            problem = "The name ends with '.', which blob names must not (URL handling may drop it).";
            return null;
        }

        problem = null;
        return normalised;
    }

    /// <summary>The normalised name; throws <see cref="ArgumentException"/> with the reason when it cannot be used.</summary>
    public static string Normalise(string name) =>
        Normalise(name, out var problem) ?? throw new ArgumentException($"Blob name '{name}' refused: {problem}", nameof(name));
}
