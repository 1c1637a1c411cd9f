using System.CommandLine;
using System.CommandLine.Parsing;
using ReportPipeline.Development;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// A secret typed as an argument is readable by every user of the machine while the command runs (<c>ps</c>,
/// <c>/proc/PID/cmdline</c>) and often lands in shell history; the environment (<c>ReportPipeline__Storage</c>)
/// is private to the process and its user. The tool still accepts it, and says so once.
/// </summary>
internal static class CommandLineSecrets
{
    public const string StorageOptionName = "--storage";

    public const string Warning =
        "warning: the --storage connection string holds an account key or SAS, which other users of this machine can read in the process list; set ReportPipeline__Storage in the environment instead.";

    /// <summary>The one-line warning when the parsed command got <c>--storage</c> with a real secret; null otherwise.</summary>
    public static string? WarningFor(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var value = parsed.CommandResult.Children.OfType<OptionResult>()
            .FirstOrDefault(o => o.Option.Name == StorageOptionName)?.Tokens.FirstOrDefault()?.Value;
        return HoldsSecret(value) ? Warning : null;
    }

    /// <summary>
    /// Whether a connection string carries an account key or a shared access signature. Azurite's key is published
    /// in its documentation and opens only a local emulator, so it is no secret.
    /// </summary>
    public static bool HoldsSecret(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return false;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) continue;
            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (value.Length == 0) continue;
            if (name.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase)) return true;
            if (name.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) && !string.Equals(value, AzuriteHost.AccountKey, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
