using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage.Tables;

/// <summary>
/// Countries table: PartitionKey <c>country</c>, RowKey iso2. Every change is a conditional write
/// on the row's ETag, retried on conflict, so that concurrent ingesters and the comparer never
/// lose each other's updates. Serves both the ingestion port and the comparison's dirty flags.
/// </summary>
public sealed class TableCountryStateStore(StorageClients clients) : ICountryStateStore, ICountryDirtyFlags
{
    public const string Partition = "country";

    private const int MaxAttempts = 50;

    public async Task MarkDirtyAsync(string iso2, string? country, int year, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(iso2);
        var table = await clients.TableAsync(TableNames.Countries, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(Partition, iso2, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue)
                {
                    var entity = new TableEntity(Partition, iso2)
                    {
                        ["Country"] = country,
                        ["Dirty"] = true,
                        ["DirtyYears"] = Years([year]),
                        ["LatestYear"] = year,
                        ["LastIngestedAt"] = at,
                    };
                    await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                    return;
                }

                var row = existing.Value!;
                var dirtyYears = ParseYears(row.GetString("DirtyYears"));
                var latest = row.GetInt32("LatestYear");
                if (row.GetBoolean("Dirty") == true && dirtyYears.Contains(year) && latest >= year && row.GetString("Country") is not null)
                {
                    // Already marked for this year; rewriting would only churn the ETag.
                    return;
                }

                row["Dirty"] = true;
                row["DirtyYears"] = Years(dirtyYears.Append(year));
                row["LatestYear"] = Math.Max(latest ?? year, year);
                row["Country"] = row.GetString("Country") ?? country;
                row["LastIngestedAt"] = at;
                await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Someone else wrote the row between our read and write: read it again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * Math.Min(attempt, 10))), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<CountryState?> GetAsync(string iso2, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(iso2);
        var table = await clients.TableAsync(TableNames.Countries, cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, iso2, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task<IReadOnlyList<CountryState>> ListAsync(bool dirtyOnly = false, CancellationToken cancellationToken = default)
    {
        var table = await clients.TableAsync(TableNames.Countries, cancellationToken).ConfigureAwait(false);
        var filter = dirtyOnly
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Dirty eq {true}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        var states = new List<CountryState>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            states.Add(FromEntity(entity));
        }

        return states;
    }

    public async Task<IReadOnlyList<string>> ListCountriesAsync(CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(false, cancellationToken).ConfigureAwait(false)).Select(s => s.Iso2).Order(StringComparer.Ordinal)];

    public async Task<IReadOnlyList<DirtyMark>> ListDirtyAsync(CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(true, cancellationToken).ConfigureAwait(false)).Select(s => new DirtyMark(s.Iso2, s.Version))];

    public async Task<DirtyMark?> GetDirtyAsync(string iso2, CancellationToken cancellationToken = default) =>
        await GetAsync(iso2, cancellationToken).ConfigureAwait(false) is { Dirty: true } state ? new DirtyMark(state.Iso2, state.Version) : null;

    public Task<bool> ClearDirtyAsync(DirtyMark mark, DateTimeOffset comparedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return ClearAsync(mark.Iso2, mark.Version, comparedAt, cancellationToken);
    }

    // A merge conditional on the ETag read: if an ingester marked the country again since, the
    // ETag changed, the write is refused and the country stays dirty for the next comparison.
    private async Task<bool> ClearAsync(string iso2, string version, DateTimeOffset comparedAt, CancellationToken cancellationToken)
    {
        var table = await clients.TableAsync(TableNames.Countries, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, iso2)
        {
            ["Dirty"] = false,
            ["DirtyYears"] = string.Empty,
            ["LastComparedAt"] = comparedAt,
        };
        try
        {
            await table.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private static CountryState FromEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("Country"),
        e.GetBoolean("Dirty") ?? false,
        ParseYears(e.GetString("DirtyYears")),
        e.GetInt32("LatestYear"),
        e.GetDateTimeOffset("LastIngestedAt"),
        e.GetDateTimeOffset("LastComparedAt"),
        e.ETag.ToString());

    private static string Years(IEnumerable<int> years) =>
        string.Join(',', years.Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));

    private static List<int> ParseYears(string? years) =>
        string.IsNullOrEmpty(years) ? [] : [.. years.Split(',').Select(y => int.Parse(y, CultureInfo.InvariantCulture))];
}
