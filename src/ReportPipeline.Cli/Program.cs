using System.CommandLine;
using Microsoft.Extensions.Options;
using ReportPipeline.Cli.Commands;

var root = new RootCommand("ReportPipeline: labour-rights reports in, status changes and alerts out.");
// Each feature adds its commands in its own file; keep this list one line per command group.
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
foreach (var command in NotificationCommands.Create()) root.Subcommands.Add(command);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(DocumentsCommand.Create());
root.Subcommands.Add(RetractCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
foreach (var command in CompareCommands.Create()) root.Subcommands.Add(command);
root.Subcommands.Add(DemoCommand.Create());
// Ctrl-C cancels every command's token; `watch` may take up to its StopGrace to finish a round (default 2 s would cut it short with exit 130).
// Storage that cannot be used is a fact about the settings or the network, not a bug: one line and exit 3 from
// every command, instead of the default handler's stack trace. Anything else still shows its stack trace.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30), EnableDefaultExceptionHandler = false };
try
{
    var parsed = root.Parse(args);
    if (CommandLineSecrets.WarningFor(parsed) is { } warning)
    {
        await Console.Error.WriteLineAsync(warning).ConfigureAwait(false);
    }

    return await parsed.InvokeAsync(invocation).ConfigureAwait(false);
}
catch (Exception ex) when (StorageSession.IsStorageProblem(ex))
{
    return StorageSession.ReportStorageProblem(ex);
}
catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
    return 2;
}
catch (OptionsValidationException ex)
{
    // A setting out of range is the user's to fix: its section and rule, not a stack trace.
    await Console.Error.WriteLineAsync($"error: invalid setting: {ex.Message}").ConfigureAwait(false);
    return 2;
}
catch (OperationCanceledException)
{
    return 130;
}
catch (Exception ex)
{
    await Console.Error.WriteLineAsync($"Unhandled exception: {ex}").ConfigureAwait(false);
    return 1;
}
