using System.CommandLine;
using ReportPipeline.Cli.Commands;

var root = new RootCommand("ReportPipeline: labour-rights reports in, status changes and alerts out.");
// Each feature adds its commands in its own file; keep this list one line per command group.
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
foreach (var command in NotificationCommands.Create()) root.Subcommands.Add(command);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(DocumentsCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
foreach (var command in CompareCommands.Create()) root.Subcommands.Add(command);
root.Subcommands.Add(DemoCommand.Create());
// Ctrl-C cancels every command's token; `watch` may take up to its StopGrace to finish a round (default 2 s would cut it short with exit 130).
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) }).ConfigureAwait(false);
