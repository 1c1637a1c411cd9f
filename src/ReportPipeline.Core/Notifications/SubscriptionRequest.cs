namespace ReportPipeline.Core.Notifications;

/// <summary>
/// A subscription as a person typed it (command line, HTTP form): exactly one of
/// <see cref="Email"/> or <see cref="Webhook"/>; filters as words. <see cref="SubscriptionValidator"/>
/// turns it into a normalised address and <see cref="SubscriptionFilters"/>, or clear errors.
/// </summary>
public sealed record SubscriptionRequest
{
    public string? Email { get; init; }

    public string? Webhook { get; init; }

    /// <summary>ISO-2 codes or country names; empty or <c>all</c> means every country.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Facet families (<c>enforcement</c>, <c>action_plan</c> or <c>action-plan</c>…); empty or <c>all</c> means every family.</summary>
    public IReadOnlyList<string> Families { get; init; } = [];

    /// <summary><c>info</c>, <c>low</c>, <c>medium</c> or <c>high</c>; default info.</summary>
    public string? MinimumSeverity { get; init; }

    /// <summary><c>any</c> or <c>worsening</c>; default any.</summary>
    public string? Direction { get; init; }

    /// <summary><c>each-run</c> or <c>weekly</c>; default each-run.</summary>
    public string? Delivery { get; init; }
}

/// <summary>A valid request: the channel, the normalised address and the filters.</summary>
public sealed record ValidSubscriptionRequest(SubscriptionChannel Channel, string Address, SubscriptionFilters Filters);

/// <summary>Either a valid request or the list of what is wrong with it, each error naming the field.</summary>
public sealed record SubscriptionValidation(ValidSubscriptionRequest? Value, IReadOnlyList<string> Errors)
{
    public bool IsValid => Value is not null && Errors.Count == 0;
}
