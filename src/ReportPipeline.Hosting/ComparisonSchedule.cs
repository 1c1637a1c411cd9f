using Cronos;

namespace ReportPipeline.Hosting;

/// <summary>
/// When comparisons run: the Functions timer's NCRONTAB expression (six fields, seconds first,
/// UTC), read from the <c>CompareSchedule</c> setting, so that `watch` keeps the same rhythm as Azure.
/// </summary>
public sealed class ComparisonSchedule
{
    private readonly CronExpression _expression;

    private ComparisonSchedule(string text, CronExpression expression)
    {
        Text = text;
        _expression = expression;
    }

    public string Text { get; }

    public static ComparisonSchedule Default { get; } = Parse(PipelineNames.DefaultCompareSchedule);

    /// <summary>Parses a six-field expression such as <c>0 0 6 * * *</c>; a five-field one is read as having second 0.</summary>
    public static ComparisonSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var text = expression.Trim();
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            var cron = fields switch
            {
                6 => CronExpression.Parse(text, CronFormat.IncludeSeconds),
                5 => CronExpression.Parse(text, CronFormat.Standard),
                _ => throw new FormatException($"it has {fields} fields"),
            };
            return new ComparisonSchedule(text, cron);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{PipelineNames.CompareScheduleSetting} '{text}' is not an NCRONTAB expression (six fields: second minute hour day month day-of-week, e.g. '0 0 6 * * *'): {ex.Message}", ex);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="from"/>, in UTC; null when the expression never fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset from) =>
        _expression.GetNextOccurrence(from, TimeZoneInfo.Utc, inclusive: false);

    public override string ToString() => Text;
}
