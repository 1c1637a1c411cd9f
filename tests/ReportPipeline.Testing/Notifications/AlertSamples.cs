using ReportPipeline.Core.Model;

namespace ReportPipeline.Testing.Notifications;

/// <summary>Invented alerts about invented Ruritania (XR) and its invented neighbour Borduria (XB).</summary>
public static class AlertSamples
{
    public static Alert Create(
        string id,
        DateTimeOffset createdAt,
        string iso2 = "XR",
        string country = "Ruritania",
        string facet = "enforcement.labor.unannounced_inspections_permitted",
        string oldValue = "Yes",
        string newValue = "No",
        AlertSeverity severity = AlertSeverity.High,
        AlertDirection direction = AlertDirection.Worsening,
        string? title = null,
        string? newEvidenceText = null) => new()
    {
        Id = id,
        Iso2 = iso2,
        Country = country,
        Facet = facet,
        Family = FacetFamilies.Of(facet),
        Kind = "change",
        FromYear = 2023,
        ToYear = 2024,
        OldValue = oldValue,
        NewValue = newValue,
        Direction = direction,
        Severity = severity,
        Title = title ?? $"{country}: {facet} changed from {oldValue} to {newValue} (2023 → 2024)",
        OldEvidence = new AlertEvidence($"doc-{iso2.ToLowerInvariant()}-2023", "usdol-findings", 2023, $"Unannounced Inspections Permitted {oldValue}", 6, $"{iso2.ToLowerInvariant()}-2023.pdf"),
        NewEvidence = new AlertEvidence($"doc-{iso2.ToLowerInvariant()}-2024", "usdol-findings", 2024, newEvidenceText ?? $"Unannounced Inspections Permitted {newValue}", 7, $"{iso2.ToLowerInvariant()}-2024.pdf"),
        CreatedAt = createdAt,
    };
}
