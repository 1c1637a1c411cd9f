namespace ReportPipeline.Hosting;

/// <summary>
/// Runs a create-if-missing step (a table, queues) before the first storage call, once per instance; when it
/// fails (storage down) nothing is remembered, so the next call tries again instead of failing forever.
/// </summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private bool _created;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created))
        {
            return;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_created)
            {
                await create(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _created, true);
            }
        }
        finally
        {
            _lock.Release();
        }
    }
}
