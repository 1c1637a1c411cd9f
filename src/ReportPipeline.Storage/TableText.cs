using System.Text;
using Azure.Data.Tables;

namespace ReportPipeline.Storage;

/// <summary>
/// Keys and long texts within Azure Table limits: keys may not hold / \ # ? or control
/// characters and stay under 1 KiB; a string property holds at most 64 KiB (32K UTF-16 chars),
/// an entity at most 1 MiB. Long evidence is split over numbered properties and cut, with a flag,
/// only beyond what an entity can carry.
/// </summary>
public static class TableText
{
    /// <summary>Characters per property part (below the 32,768 a 64 KiB property holds).</summary>
    public const int PartChars = 30_000;

    private const int MaxKeyChars = 400;

    /// <summary>Escapes characters that keys may not hold (%XX, like a URL); long keys end in a hash of the whole.</summary>
    public static string Key(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                key.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                key.Append(c);
            }
        }

        if (key.Length <= MaxKeyChars)
        {
            return key.ToString();
        }

        var hash = Core.Ingestion.IngestionKeys.Sha256(Encoding.UTF8.GetBytes(value))[..16];
        return SafeCut(key.ToString(), MaxKeyChars - 17) + "~" + hash;
    }

    /// <summary>Writes <paramref name="text"/> as <c>name</c>, <c>name_1</c>, … (at most <paramref name="maxParts"/>).</summary>
    public static void Write(TableEntity entity, string name, string? text, int maxParts = 8)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (text is null)
        {
            return;
        }

        var rest = text.AsSpan();
        var part = 0;
        while (part < maxParts && (part == 0 || rest.Length > 0))
        {
            var length = CutLength(rest, PartChars);
            entity[part == 0 ? name : $"{name}_{part}"] = rest[..length].ToString();
            rest = rest[length..];
            part++;
        }

        if (rest.Length > 0)
        {
            entity[$"{name}Truncated"] = true;
            entity[$"{name}Length"] = text.Length;
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static string? Read(TableEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.GetString(name) is not { } first)
        {
            return null;
        }

        var text = new StringBuilder(first);
        for (var part = 1; entity.GetString($"{name}_{part}") is { } next; part++)
        {
            text.Append(next);
        }

        return text.ToString();
    }

    /// <summary>An estimate of the entity's size on the wire, to keep a batch under the 4 MiB transaction limit.</summary>
    public static int EstimateBytes(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var bytes = 200;
        foreach (var (key, value) in entity)
        {
            bytes += (key.Length * 2) + 40 + (value is string s ? s.Length * 3 : 16);
        }

        return bytes;
    }

    private static string SafeCut(string text, int max) => text[..CutLength(text, max)];

    // Never cut between the halves of a surrogate pair.
    private static int CutLength(ReadOnlySpan<char> text, int max)
    {
        if (text.Length <= max)
        {
            return text.Length;
        }

        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
