using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportPipeline.Core.Ingestion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>What a test file should become.</summary>
public sealed record Expected(IngestOutcomeKind Kind, string? ReasonContains = null);

/// <summary>
/// Reports written for the tests: invented chapters about Ruritania (XR) in the publisher's
/// formats, an invented XML export, and a hostile corpus of files that must each fail (or wait
/// for review) with a clear reason while the good files beside them are ingested.
/// </summary>
public static class TestCorpus
{
    public static string RuritaniaText(int year, string level = "moderate", string country = "Ruritania") => $"""
        {country}
        {char.ToUpperInvariant(level[0])}{level[1..]} Advancement
        In {year}, {country} made a {level} advancement in efforts to eliminate the worst forms of child labor. The Ministry of Labour in Strelsau hired 40 new labour inspectors and adopted the National Action Plan on Child Labour (2023–2026).
        However, children in {country} are subjected to the worst forms of child labor, including in forced begging on the roads to Zenda.
        Table 6. Labor Law Enforcement Efforts Related to Child Labor
        Unannounced Inspections Permitted	No
        Number of Labor Inspectors	212
        """;

    /// <summary>A chapter as a real PDF (PdfPig's writer, Standard-14 font).</summary>
    public static byte[] RuritaniaPdf(int year, string level = "moderate", int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 0; number < pages; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in RuritaniaText(year, level).Split('\n'))
            {
                foreach (var chunk in Wrap(line.Replace('\t', ' ').Replace('–', '-'), 90))
                {
                    page.AddText(chunk, 10, new PdfPoint(40, y), font);
                    y -= 14;
                }
            }
        }

        return builder.Build();
    }

    /// <summary>An export in the publisher's XML format: Ruritania, and a country no list knows.</summary>
    public static string RuritaniaExport(int year, string unannounced = "No", int inspectors = 212) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Countries>
          <Country>
            <Name>Ruritania</Name>
            <Multiple_Territories>No</Multiple_Territories>
            <Advancement_Level>Moderate Advancement</Advancement_Level>
            <Description>In {year}, Ruritania made moderate advancement in efforts to eliminate the worst forms of child labor.</Description>
            <Conventions><C_138_Ratified>Yes</C_138_Ratified><Palermo_Ratified>No</Palermo_Ratified></Conventions>
            <Legal_Standards>
              <Minimum_Work><Standard>Yes</Standard><Age>15</Age><Conforms_To_Intl_Standard>Yes</Conforms_To_Intl_Standard></Minimum_Work>
            </Legal_Standards>
            <Enforcements>
              <Labor_Inspectors>{inspectors.ToString("N0", CultureInfo.InvariantCulture)}</Labor_Inspectors>
              <Labor_Unannounced_Inspections_Premitted>{unannounced}</Labor_Unannounced_Inspections_Premitted>
            </Enforcements>
            <Suggested_Actions><Enforcement><Action><Name>Lift the moratorium on labour inspections in Strelsau.</Name></Action></Enforcement></Suggested_Actions>
          </Country>
          <Country>
            <Name>Grand Fenwick</Name>
            <Multiple_Territories>No</Multiple_Territories>
            <Advancement_Level>Minimal Advancement</Advancement_Level>
            <Description>In {year}, Grand Fenwick made minimal advancement in efforts to eliminate the worst forms of child labor.</Description>
          </Country>
        </Countries>
        """;

    /// <summary>Files that must be ingested: a text chapter, a PDF chapter and an XML export.</summary>
    public static IReadOnlyDictionary<string, Expected> WriteGood(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "export"));
        File.WriteAllText(Path.Combine(folder, "ruritania-2021.txt"), RuritaniaText(2021, "minimal"));
        File.WriteAllBytes(Path.Combine(folder, "ruritania-2022.pdf"), RuritaniaPdf(2022));
        File.WriteAllText(Path.Combine(folder, "export", "countries_2023.xml"), RuritaniaExport(2023));
        return new Dictionary<string, Expected>
        {
            ["ruritania-2021.txt"] = new(IngestOutcomeKind.Ingested),
            ["ruritania-2022.pdf"] = new(IngestOutcomeKind.Ingested),
            ["export/countries_2023.xml"] = new(IngestOutcomeKind.Ingested, "1 of 2 documents need review"),
        };
    }

    /// <summary>The hostile corpus, each file with the outcome and reason it must get.</summary>
    public static IReadOnlyDictionary<string, Expected> WriteHostile(string folder, long hugeBytes = 60L * 1024 * 1024)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "empty.pdf"), []);
        var junk = new byte[64 * 1024];
        new Random(7).NextBytes(junk);
        File.WriteAllBytes(Path.Combine(folder, "junk.bin"), junk);
        var pdf = RuritaniaPdf(2020);
        File.WriteAllBytes(Path.Combine(folder, "truncated.pdf"), pdf[..(pdf.Length / 3)]);
        File.WriteAllBytes(Path.Combine(folder, "encrypted.pdf"), EncryptedPdf.Build(RuritaniaText(2019), userPassword: "strelsau"));
        File.WriteAllBytes(Path.Combine(folder, "blank-pages.pdf"), BlankPages(2_500));
        WriteHuge(Path.Combine(folder, "huge.txt"), hugeBytes);
        File.WriteAllBytes(Path.Combine(folder, "utf16-no-bom.txt"), Encoding.Unicode.GetBytes(RuritaniaText(2018, "significant")));
        File.WriteAllBytes(Path.Combine(folder, "windows-1252.txt"), Windows1252(RuritaniaText(2017) + "\nCafé owners in Strelsau’s old town — a note.\n"));
        File.WriteAllText(Path.Combine(folder, "unknown-country.txt"), RuritaniaText(2021, country: "Freedonia"));
        File.WriteAllText(Path.Combine(folder, "no-year.txt"), "Ruritania\nA note on child labour in Ruritania and in Ruritania's Zenda Province, and on what Ruritania plans next.\n");
        return new Dictionary<string, Expected>
        {
            ["empty.pdf"] = new(IngestOutcomeKind.Failed, "empty"),
            ["junk.bin"] = new(IngestOutcomeKind.Failed, "binary"),
            ["truncated.pdf"] = new(IngestOutcomeKind.Failed, "truncated"),
            ["encrypted.pdf"] = new(IngestOutcomeKind.Failed, "encrypted"),
            ["blank-pages.pdf"] = new(IngestOutcomeKind.Failed, "2500 pages; the limit is 2000"),
            ["huge.txt"] = new(IngestOutcomeKind.Failed, "the limit is 52,428,800 bytes"),
            ["utf16-no-bom.txt"] = new(IngestOutcomeKind.Ingested),
            ["windows-1252.txt"] = new(IngestOutcomeKind.Ingested),
            ["unknown-country.txt"] = new(IngestOutcomeKind.NeedsReview, "country could not be determined"),
            ["no-year.txt"] = new(IngestOutcomeKind.NeedsReview, "year could not be determined"),
        };
    }

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    private static void WriteHuge(string path, long bytes)
    {
        using var file = File.Create(path);
        var line = Encoding.ASCII.GetBytes("In 2024, Ruritania made a moderate advancement. Padding line for a very large file.\n");
        var chunk = new byte[1024 * 1024];
        for (var i = 0; i < chunk.Length; i++)
        {
            chunk[i] = line[i % line.Length];
        }

        for (long written = 0; written < bytes; written += chunk.Length)
        {
            file.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
        }
    }

    private static byte[] BlankPages(int count)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string line, int width)
    {
        var words = line.Split(' ');
        var current = new StringBuilder();
        foreach (var word in words)
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > width)
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(word);
        }

        yield return current.ToString();
    }
}

/// <summary>
/// A PDF protected by a user password: the standard security handler, revision 2 (RC4, 40-bit
/// key), strings and streams encrypted, so that no reader can get its text without the password.
/// </summary>
public static class EncryptedPdf
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    public static byte[] Build(string text, string userPassword, string ownerPassword = "owner")
    {
        const int permissions = -44;
        var id = MD5.HashData(Encoding.ASCII.GetBytes("ruritania-" + text.Length.ToString(CultureInfo.InvariantCulture)));
        var ownerKey = MD5.HashData(Pad(ownerPassword))[..5];
        var o = Rc4(ownerKey, Pad(userPassword));
        var keyInput = new List<byte>(Pad(userPassword));
        keyInput.AddRange(o);
        keyInput.AddRange(BitConverter.GetBytes(permissions));
        keyInput.AddRange(id);
        var key = MD5.HashData([.. keyInput])[..5];
        var u = Rc4(key, Padding);

        var content = new StringBuilder("BT /F1 10 Tf 40 780 Td 14 TL\n");
        foreach (var line in text.Split('\n'))
        {
            content.Append('(').Append(line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)").Replace('\t', ' ').Replace('–', '-')).Append(") '\n");
        }

        content.Append("ET");
        var stream = Rc4(ObjectKey(key, 4), Encoding.ASCII.GetBytes(content.ToString()));

        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Object(int number, string body)
        {
            offsets.Add(pdf.Position);
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }

        Write("%PDF-1.4\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(pdf.Position);
        Write($"4 0 obj\n<< /Length {stream.Length} >>\nstream\n");
        pdf.Write(stream);
        Write("\nendstream\nendobj\n");
        Object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        Object(6, $"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> /P {permissions} >>");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        }

        var hexId = Convert.ToHexString(id);
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<{hexId}> <{hexId}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(32 - Math.Min(32, bytes.Length))];
    }

    private static byte[] ObjectKey(byte[] key, int objectNumber)
    {
        byte[] input = [.. key, (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), 0, 0];
        return MD5.HashData(input)[..Math.Min(key.Length + 5, 16)];
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }
}
