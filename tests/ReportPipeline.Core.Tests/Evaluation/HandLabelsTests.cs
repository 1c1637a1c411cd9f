using ReportPipeline.Core.Evaluation;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Evaluation;

public class HandLabelsTests
{
    [Fact]
    public void Reads_a_label_with_its_fields_and_anchors()
    {
        var labels = HandLabels.Parse(
        [
            """{"file":"Ruritania_2024.pdf","page":4,"category":"inspection_moratorium","action":"extended","until":"2026-01-01","scope":"small farms","quote":"extended the moratorium","also":[{"page":1,"quote":"freeze runs on"}]}""",
            "",
            """{"file":"Ruritania_2024.pdf","page":6,"category":"law","action":"amended","accept":["enacted"],"name":"Turnip Act","quote":"amended the Turnip Act"}""",
        ], "Ruritania_2024.jsonl");

        labels.Count.ShouldBe(2);
        var moratorium = labels[0];
        moratorium.Until.ShouldBe("2026-01-01");
        moratorium.Scope.ShouldBe("small farms");
        moratorium.Anchors.Select(a => a.Page).ShouldBe([4, 1]);
        moratorium.Origin.ShouldBe("Ruritania_2024.jsonl:1");
        labels[1].Accept.ShouldBe(["enacted"]);
        labels[1].Origin.ShouldBe("Ruritania_2024.jsonl:3");
    }

    [Theory]
    [InlineData("""{"file":"a.pdf","page":1,"category":"law","action":"enacted","quote":"one two three four five six seven"}""", "1 to 6 words")]
    [InlineData("""{"file":"a.pdf","page":1,"category":"program","action":"launched","quote":"a b"}""", "not one of the labelled categories")]
    [InlineData("""{"file":"a.pdf","page":1,"category":"law","action":"extended","quote":"a b"}""", "not an action of law")]
    [InlineData("""{"file":"a.pdf","page":1,"category":"law","action":"enacted","accept":["lifted"],"quote":"a b"}""", "not an action of law")]
    [InlineData("""{"file":"a.pdf","category":"law","action":"enacted","quote":"a b"}""", "needs a page")]
    [InlineData("""{"file":"a.pdf","page":1,"category":"law","action":"enacted"}""", "no 'quote'")]
    [InlineData("""{"file":"a.pdf","page":1,"category":"ratification","action":"ratified","instrument":"ilo_c999","quote":"a b"}""", "not a status-schema instrument")]
    [InlineData("""{"file":"a.pdf","page":1,"category":"law","action":"enacted","quote":"a b","also":[{"quote":"c d"}]}""", "needs a page and a quote")]
    [InlineData("""not json""", "not a JSON object")]
    public void Rejects_a_label_that_breaks_the_conventions_with_its_line(string line, string reason)
    {
        var error = Should.Throw<InvalidDataException>(() => HandLabels.Parse([line], "bad.jsonl"));

        error.Message.ShouldStartWith("bad.jsonl:1:");
        error.Message.ShouldContain(reason);
    }

    [Fact]
    public async Task The_repository_labels_are_well_formed_and_name_their_own_chapter()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, HandLabels.DefaultFolder);
        var files = Directory.GetFiles(folder, "*.jsonl");

        var labels = await HandLabels.ReadFolderAsync(folder);

        files.Length.ShouldBeGreaterThanOrEqualTo(25);
        labels.Count.ShouldBe(files.Sum(f => File.ReadAllLines(f).Count(l => !string.IsNullOrWhiteSpace(l))));
        foreach (var label in labels)
        {
            label.Origin.ShouldNotBeNull();
            label.File.ShouldBe(label.Origin.Split(':')[0].Replace(".jsonl", ".pdf", StringComparison.Ordinal), label.Origin);
        }

        labels.Select(l => l.File[..l.File.LastIndexOf('_')]).Distinct().Count().ShouldBe(10);
        HandLabels.Categories.ShouldAllBe(c => labels.Any(l => l.Category == c));
    }

    /// <summary>The blind set (eval/statement-labels-blind): chapters of the multi-territory corpus, none of the development set's.</summary>
    [Fact]
    public async Task The_blind_labels_are_well_formed_and_share_no_chapter_with_the_development_set()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "eval", "statement-labels-blind");
        var files = Directory.GetFiles(folder, "*.jsonl");

        var labels = await HandLabels.ReadFolderAsync(folder);
        var development = await HandLabels.ReadFolderAsync(Path.Combine(SharedData.RepositoryRoot, HandLabels.DefaultFolder));

        files.Length.ShouldBeGreaterThanOrEqualTo(8);
        File.Exists(Path.Combine(folder, "README.md")).ShouldBeTrue("the blind set says how it was chosen and labelled");
        labels.Count.ShouldBe(files.Sum(f => File.ReadAllLines(f).Count(l => !string.IsNullOrWhiteSpace(l))));
        foreach (var label in labels)
        {
            label.Origin.ShouldNotBeNull();
            label.File.ShouldBe(label.Origin.Split(':')[0].Replace(".jsonl", ".pdf", StringComparison.Ordinal), label.Origin);
        }

        labels.Select(l => l.File[..l.File.LastIndexOf('_')]).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(["Bosnia_and_Herzegovina", "Iraq", "Pakistan", "Somalia"]);
        labels.Select(l => l.File).Intersect(development.Select(l => l.File)).ShouldBeEmpty();
    }

    /// <summary>The second blind set (eval/statement-labels-blind-2): the multi-territory chapters neither earlier set labels.</summary>
    [Fact]
    public async Task The_second_blind_labels_are_well_formed_and_share_no_chapter_with_the_earlier_sets()
    {
        var labels = await WellFormedLabelSetAsync("statement-labels-blind-2", [HandLabels.DefaultFolder, Path.Combine("eval", "statement-labels-blind")], chapters: 10);

        labels.Select(l => l.File[..l.File.LastIndexOf('_')]).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(["Bosnia_and_Herzegovina", "Iraq", "Pakistan", "Somalia"]);
    }

    [SharedDataFact]
    public async Task Every_second_blind_label_names_a_chapter_of_the_multi_territory_corpus()
    {
        var manifest = await CorpusFiles.ReadManifestAsync(Path.Combine(SharedData.Directory, "corpus", "usdol-multi-territory"));
        var chapters = manifest.Select(e => Path.GetFileName(e.File)).ToHashSet(StringComparer.Ordinal);

        var labels = await HandLabels.ReadFolderAsync(Path.Combine(SharedData.RepositoryRoot, "eval", "statement-labels-blind-2"));

        labels.ShouldAllBe(l => chapters.Contains(l.File));
    }

    [SharedDataFact]
    public async Task Every_blind_label_names_a_chapter_of_the_multi_territory_corpus()
    {
        var corpus = Path.Combine(SharedData.Directory, "corpus", "usdol-multi-territory");
        var manifest = await CorpusFiles.ReadManifestAsync(corpus);
        var chapters = manifest.Select(e => Path.GetFileName(e.File)).ToHashSet(StringComparer.Ordinal);

        var labels = await HandLabels.ReadFolderAsync(Path.Combine(SharedData.RepositoryRoot, "eval", "statement-labels-blind"));

        labels.ShouldAllBe(l => chapters.Contains(l.File));
    }
    /// <summary>The third blind set (eval/statement-labels-blind-3): main-corpus chapters none of the earlier sets labels.</summary>
    [Fact]
    public async Task The_third_blind_labels_are_well_formed_and_share_no_chapter_with_the_earlier_sets()
    {
        await WellFormedLabelSetAsync(
            "statement-labels-blind-3",
            [HandLabels.DefaultFolder, Path.Combine("eval", "statement-labels-blind"), Path.Combine("eval", "statement-labels-blind-2")],
            chapters: 14);
    }

    /// <summary>
    /// The third blind set's chapters follow its README's fixed rule, so none was picked for what it says: per
    /// country the unlabelled chapter nearest 2018 (ties: later), then, for countries with two or more
    /// unlabelled chapters of 2016-2021, the other one nearest 2020 (ties: later), in country order, to 14 in all.
    /// </summary>
    [SharedDataFact]
    public async Task The_third_blind_chapters_are_the_ones_the_fixed_rule_picks_from_the_main_corpus()
    {
        var pdfs = Directory.GetFiles(Path.Combine(SharedData.Directory, "corpus", "usdol-ilab-sweat-toil", "pdf"), "*.pdf")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
        var development = (await HandLabels.ReadFolderAsync(Path.Combine(SharedData.RepositoryRoot, HandLabels.DefaultFolder)))
            .Select(l => Path.GetFileNameWithoutExtension(l.File)).ToHashSet(StringComparer.Ordinal);
        var unlabelled = pdfs.Where(p => !development.Contains(p))
            .Select(p => (Country: p[..p.LastIndexOf('_')], Year: int.Parse(p[(p.LastIndexOf('_') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))
            .GroupBy(c => c.Country, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

        static int Nearest(IEnumerable<int> years, int target) =>
            years.OrderBy(y => Math.Abs(y - target)).ThenByDescending(y => y).First();
        var picked = unlabelled.Select(g => $"{g.Key}_{Nearest(g.Select(c => c.Year), 2018)}").ToList();
        var extra = unlabelled
            .Where(g => g.Count(c => c.Year is >= 2016 and <= 2021) >= 2)
            .Select(g => $"{g.Key}_{Nearest(g.Select(c => c.Year).Where(y => y is >= 2016 and <= 2021 && !picked.Contains($"{g.Key}_{y}")), 2020)}");
        picked.AddRange(extra.Take(14 - picked.Count));

        var labelled = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "eval", "statement-labels-blind-3"), "*.jsonl")
            .Select(Path.GetFileNameWithoutExtension);
        labelled.Order(StringComparer.Ordinal).ShouldBe(picked.Order(StringComparer.Ordinal));
    }

    /// <summary>The fourth blind set (eval/statement-labels-blind-4): main-corpus chapters none of the earlier sets labels.</summary>
    [Fact]
    public async Task The_fourth_blind_labels_are_well_formed_and_share_no_chapter_with_the_earlier_sets()
    {
        await WellFormedLabelSetAsync("statement-labels-blind-4", EarlierLabelFolders, chapters: 14);
    }

    /// <summary>
    /// What every held-out label set must be: a README saying how it was chosen, one file per chapter, each
    /// label naming the chapter of its own file, every chapter labelled, and no chapter of an earlier set.
    /// </summary>
    private static async Task<IReadOnlyList<HandLabel>> WellFormedLabelSetAsync(string set, IEnumerable<string> earlierFolders, int chapters, string chapterExtension = ".pdf")
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "eval", set);
        var files = Directory.GetFiles(folder, "*.jsonl");
        var labels = await HandLabels.ReadFolderAsync(folder);
        var earlier = new List<HandLabel>();
        foreach (var earlierFolder in earlierFolders)
        {
            earlier.AddRange(await HandLabels.ReadFolderAsync(Path.Combine(SharedData.RepositoryRoot, earlierFolder)));
        }

        files.Length.ShouldBe(chapters);
        File.Exists(Path.Combine(folder, "README.md")).ShouldBeTrue("the set says how it was chosen and labelled");
        labels.Count.ShouldBe(files.Sum(f => File.ReadAllLines(f).Count(l => !string.IsNullOrWhiteSpace(l))));
        labels.ShouldAllBe(l => l.File == Path.GetFileName(l.Origin!.Split(':')[0]).Replace(".jsonl", chapterExtension, StringComparison.Ordinal));
        labels.Select(l => l.File).Distinct().Count().ShouldBe(chapters, "every chapter of the set has labels");
        labels.Select(l => l.File).Intersect(earlier.Select(l => l.File)).ShouldBeEmpty();
        return labels;
    }

    private static readonly string[] EarlierLabelFolders =
    [
        HandLabels.DefaultFolder,
        Path.Combine("eval", "statement-labels-blind"),
        Path.Combine("eval", "statement-labels-blind-2"),
        Path.Combine("eval", "statement-labels-blind-3"),
    ];

    /// <summary>
    /// The fourth blind set's chapters follow its README's fixed rule, so none was picked for what it says: among the
    /// main-corpus chapters no earlier set labels, per country the latest one, then, in country order, for each country
    /// with an unpicked one of 2016-2021, the one whose year the set holds fewest times so far (ties: later), to 14 in all.
    /// </summary>
    [SharedDataFact]
    public async Task The_fourth_blind_chapters_are_the_ones_the_fixed_rule_picks_from_the_main_corpus()
    {
        var unlabelled = (await UnlabelledMainCorpusChaptersAsync(EarlierLabelFolders))
            .GroupBy(c => c.Country, StringComparer.Ordinal).ToList();
        unlabelled.Sum(g => g.Count()).ShouldBe(39, "85 main-corpus chapters less the 32 development and 14 third-blind ones");

        var picked = unlabelled.Select(g => (g.Key, Year: g.Max(c => c.Year))).ToList();
        foreach (var country in unlabelled)
        {
            if (picked.Count == 14)
            {
                break;
            }

            var candidates = country.Select(c => c.Year).Where(y => y is >= 2016 and <= 2021 && !picked.Contains((country.Key, y))).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var year = candidates.OrderBy(y => picked.Count(p => p.Year == y)).ThenByDescending(y => y).First();
            picked.Add((country.Key, year));
        }

        var labelled = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "eval", "statement-labels-blind-4"), "*.jsonl")
            .Select(Path.GetFileNameWithoutExtension);
        labelled.Order(StringComparer.Ordinal).ShouldBe(picked.Select(p => $"{p.Key}_{p.Year}").Order(StringComparer.Ordinal));
    }

    /// <summary>The fifth blind set (eval/statement-labels-blind-5): main-corpus chapters none of the five earlier sets labels.</summary>
    [Fact]
    public async Task The_fifth_blind_labels_are_well_formed_and_share_no_chapter_with_the_earlier_sets()
    {
        var labels = await WellFormedLabelSetAsync("statement-labels-blind-5", LabelFoldersBeforeTheFifth, chapters: 13);

        labels.Count.ShouldBe(95, "the README's table counts 95 labels");
    }

    private static readonly string[] LabelFoldersBeforeTheFifth =
    [
        .. EarlierLabelFolders,
        Path.Combine("eval", "statement-labels-blind-4"),
    ];

    /// <summary>
    /// The fifth blind set's chapters follow its README's fixed rule, so none was picked for what it says: among the
    /// main-corpus chapters no earlier set labels, per country the latest one, then one pass over the countries in
    /// order, each with an unpicked one adding the one whose year the set holds fewest times so far (ties: later).
    /// </summary>
    [SharedDataFact]
    public async Task The_fifth_blind_chapters_are_the_ones_the_fixed_rule_picks_from_the_main_corpus()
    {
        var unlabelled = (await UnlabelledMainCorpusChaptersAsync(LabelFoldersBeforeTheFifth))
            .GroupBy(c => c.Country, StringComparer.Ordinal).ToList();
        unlabelled.Sum(g => g.Count()).ShouldBe(25, "the 39 the fourth set chose from less its 14");

        var picked = unlabelled.Select(g => (g.Key, Year: g.Max(c => c.Year))).ToList();
        foreach (var country in unlabelled)
        {
            var candidates = country.Select(c => c.Year).Where(y => !picked.Contains((country.Key, y))).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var year = candidates.OrderBy(y => picked.Count(p => p.Year == y)).ThenByDescending(y => y).First();
            picked.Add((country.Key, year));
        }

        var labelled = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "eval", "statement-labels-blind-5"), "*.jsonl")
            .Select(Path.GetFileNameWithoutExtension);
        labelled.Order(StringComparer.Ordinal).ShouldBe(picked.Select(p => $"{p.Key}_{p.Year}").Order(StringComparer.Ordinal));
    }

    /// <summary>The sixth blind set (eval/statement-labels-blind-6): the main-corpus chapters none of the six earlier sets labels.</summary>
    [Fact]
    public async Task The_sixth_blind_labels_are_well_formed_and_share_no_chapter_with_the_earlier_sets()
    {
        var labels = await WellFormedLabelSetAsync("statement-labels-blind-6", LabelFoldersBeforeTheSixth, chapters: 12);

        labels.Count.ShouldBe(89, "the README's table counts 89 labels");
        HandLabels.Categories.Select(c => $"{c} {labels.Count(l => l.Category == c)}").ShouldBe(
            ["inspection_moratorium 0", "inspection_restriction 0", "action_plan 57", "law 20", "ratification 12"],
            "the README's counts per category");
    }

    private static readonly string[] LabelFoldersBeforeTheSixth =
    [
        .. LabelFoldersBeforeTheFifth,
        Path.Combine("eval", "statement-labels-blind-5"),
    ];

    /// <summary>
    /// The sixth blind set's rule leaves nothing to choose: every main-corpus chapter no earlier set labels is in it,
    /// and nothing else, so afterwards every chapter of the main corpus has statement labels.
    /// </summary>
    [SharedDataFact]
    public async Task The_sixth_blind_chapters_are_every_main_corpus_chapter_no_earlier_set_labels()
    {
        var unlabelled = await UnlabelledMainCorpusChaptersAsync(LabelFoldersBeforeTheSixth);
        unlabelled.Count.ShouldBe(12, "the 25 the fifth set chose from less its 13");

        var labelled = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "eval", "statement-labels-blind-6"), "*.jsonl")
            .Select(Path.GetFileNameWithoutExtension);
        labelled.Order(StringComparer.Ordinal).ShouldBe(unlabelled.Select(c => $"{c.Country}_{c.Year}").Order(StringComparer.Ordinal));
        (await UnlabelledMainCorpusChaptersAsync([.. LabelFoldersBeforeTheSixth, Path.Combine("eval", "statement-labels-blind-6")]))
            .ShouldBeEmpty("with the sixth set every main-corpus chapter has statement labels");
    }

    /// <summary>
    /// The third and later probe sets (eval/statement-labels-probes-N): six invented plain-text chapters each in
    /// eval/statement-probes-N, of two invented countries added to samples/countries.tsv for the set (the 2013-2015, 2016-2021
    /// and 2022-2024 layouts all appear), written and labelled blind before anything ran on them. Each set's labels name
    /// exactly its manifest's chapters and no other set's, its countries resolve, every anchor is at most six words of its own
    /// chapter, and the counts per category are its README's (moratorium, restriction, plan, law, ratification).
    /// </summary>
    [Theory]
    [InlineData(3, 79, "XM XT", "9 13 21 25 11")]
    [InlineData(4, 75, "XN XP", "10 11 19 23 12")]
    [InlineData(5, 83, "XA XC", "12 15 23 23 10")]
    [InlineData(6, 75, "XQ XY", "10 15 20 19 11")]
    [InlineData(7, 75, "XG XH", "9 15 21 19 11")]
    [InlineData(8, 73, "XW XZ", "11 11 17 21 13")]
    [InlineData(9, 76, "XE XF", "9 14 18 27 8")]
    [InlineData(10, 71, "XJ XO", "8 14 15 22 12")]
    [InlineData(11, 78, "XI XL", "9 14 20 23 12")]
    [InlineData(12, 83, "QM XU", "14 12 20 26 11")]
    [InlineData(13, 85, "QN QO", "9 11 24 27 14")]
    [InlineData(14, 80, "QP QQ", "10 12 19 22 17")]
    [InlineData(15, 73, "QR QS", "8 10 23 22 10")]
    [InlineData(16, 82, "QT QU", "11 13 17 29 12")]
    [InlineData(17, 81, "QV QW", "13 12 17 24 15")]
    [InlineData(18, 76, "QX QY", "10 12 19 24 11")]
    [InlineData(19, 73, "XD XS", "10 14 19 19 11")]
    [InlineData(20, 65, "XM XT", "9 11 17 16 12")]
    [InlineData(21, 75, "XN XP", "10 13 17 22 13")]
    [InlineData(22, 71, "XA XC", "8 13 16 22 12")]
    [InlineData(23, 83, "XQ XY", "13 17 19 20 14")]
    [InlineData(24, 81, "XG XH", "12 13 21 23 12")]
    [InlineData(25, 82, "XE XF", "8 14 20 26 14")]
    [InlineData(26, 81, "XJ XO", "10 15 19 24 13")]
    [InlineData(27, 80, "XI XL", "10 11 21 26 12")]
    [InlineData(28, 78, "QM XU", "9 16 15 24 14")]
    [InlineData(29, 78, "QN QO", "9 15 20 18 16")]
    [InlineData(30, 80, "QP QQ", "10 14 19 23 14")]
    [InlineData(31, 80, "QR QS", "10 13 17 27 13")]
    [InlineData(32, 80, "QT QU", "8 11 20 27 14")]
    [InlineData(33, 80, "QV QW", "9 15 16 25 15")]
    [InlineData(34, 72, "QX QY", "8 11 18 24 11")]
    [InlineData(35, 80, "XD XS", "10 16 16 25 13")]
    [InlineData(36, 77, "XM XT", "8 15 16 26 12")]
    [InlineData(37, 77, "XN XP", "10 13 15 26 13")]
    [InlineData(38, 79, "XA XC", "7 13 21 25 13")]
    [InlineData(39, 82, "XW XZ", "12 15 15 25 15")]
    [InlineData(40, 77, "XB XV", "8 13 19 24 13")]
    [InlineData(41, 80, "XE XF", "8 12 22 26 12")]
    [InlineData(42, 79, "XG XH", "11 15 14 27 12")]
    [InlineData(43, 79, "XI XL", "11 12 18 23 15")]
    [InlineData(44, 80, "QM XU", "9 14 18 28 11")]
    [InlineData(45, 80, "QN QO", "10 16 18 21 15")]
    [InlineData(46, 81, "QP QQ", "10 14 17 27 13")]
    [InlineData(47, 80, "QR QS", "8 15 19 26 12")]
    [InlineData(48, 76, "QT QU", "10 11 19 24 12")]
    [InlineData(49, 79, "QV QW", "10 14 15 23 17")]
    [InlineData(50, 82, "QX QY", "8 15 17 28 14")]
    [InlineData(51, 78, "XD XS", "9 15 19 22 13")]
    [InlineData(52, 81, "XM XT", "10 16 16 25 14")]
    [InlineData(53, 80, "XN XP", "10 12 17 28 13")]
    [InlineData(54, 80, "XQ XY", "8 16 19 23 14")]
    [InlineData(55, 78, "XA XC", "9 12 19 26 12")]
    [InlineData(56, 81, "XB XV", "10 15 18 26 12")]
    [InlineData(57, 78, "XJ XO", "13 12 17 24 12")]
    [InlineData(58, 75, "XW XZ", "9 13 17 26 10")]
    [InlineData(59, 83, "XD XS", "10 14 19 26 14")]
    [InlineData(60, 81, "XE XF", "9 16 17 26 13")]
    [InlineData(61, 76, "XG XH", "6 11 20 25 14")]
    [InlineData(62, 80, "XI XL", "11 14 17 26 12")]
    [InlineData(63, 81, "XM XT", "10 13 20 25 13")]
    [InlineData(64, 80, "XN XP", "9 13 19 25 14")]
    [InlineData(65, 80, "QN QO", "9 14 19 24 14")]
    [InlineData(66, 79, "QP QQ", "8 12 19 26 14")]
    [InlineData(67, 78, "QM XU", "11 12 20 22 13")]
    [InlineData(68, 79, "QR QS", "8 16 16 26 13")]
    [InlineData(69, 80, "QT QU", "10 10 17 28 15")]
    [InlineData(70, 77, "QV QW", "9 12 17 25 14")]
    [InlineData(71, 76, "XA XW", "7 13 18 25 13")]
    [InlineData(72, 78, "XC XZ", "7 14 18 27 12")]
    [InlineData(73, 78, "XB XJ", "9 17 16 23 13")]
    [InlineData(74, 76, "XO XV", "9 11 19 26 11")]
    [InlineData(75, 80, "XD XH", "9 18 16 24 13")]
    [InlineData(76, 78, "XG XS", "7 13 17 27 14")]
    [InlineData(77, 79, "XE XL", "9 15 18 24 13")]
    [InlineData(78, 74, "XF XI", "8 13 18 24 11")]
    [InlineData(79, 80, "XM XN", "7 15 20 22 16")]
    [InlineData(80, 81, "XP XT", "11 13 19 25 13")]
    [InlineData(81, 75, "QN QP", "7 12 18 26 12")]
    [InlineData(82, 80, "QO QQ", "9 16 18 22 15")]
    public async Task A_later_probe_set_is_well_formed_and_names_the_chapters_of_its_manifest(int set, int count, string countryCodes, string perCategory)
    {
        // Every probe set in the repository, so a set added later is checked against all the others without editing this.
        var otherProbeSets = Directory.GetDirectories(Path.Combine(SharedData.RepositoryRoot, "eval"), "statement-labels-probes*")
            .Select(Path.GetFileName)
            .Where(name => name != $"statement-labels-probes-{set}")
            .Order(StringComparer.Ordinal)
            .Select(name => Path.Combine("eval", name!));
        var labels = await WellFormedLabelSetAsync(
            $"statement-labels-probes-{set}",
            [.. LabelFoldersBeforeTheSixth, Path.Combine("eval", "statement-labels-blind-6"), .. otherProbeSets],
            chapters: 6,
            chapterExtension: ".txt");
        var manifest = await ProbeChaptersAsync($"statement-probes-{set}", labels, count);
        manifest.Count.ShouldBe(6);
        var countries = ReportPipeline.Core.Identification.CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"));
        manifest.Select(e => countries.Find(e.Country)!.Iso2).Distinct().Order(StringComparer.Ordinal).ShouldBe(countryCodes.Split(' '));
        HandLabels.Categories.Select(c => labels.Count(l => l.Category == c)).ShouldBe(
            perCategory.Split(' ').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)),
            "the README's counts per category");
    }

    /// <summary>
    /// The probe set (eval/statement-labels-probes): eight invented plain-text chapters in eval/statement-probes, labelled
    /// before the classifier ran on them. Each label names a chapter of the probe manifest, every chapter's country is one
    /// of samples/countries.tsv (so identification and evaluate --countries resolve it), and every anchor is words of its
    /// own chapter (a text file has no pages, so the matcher cannot fall back on the page to find a mistyped quote).
    /// </summary>
    [Fact]
    public async Task The_probe_labels_are_well_formed_and_name_chapters_of_the_probe_manifest()
    {
        var labels = await WellFormedLabelSetAsync(
            "statement-labels-probes",
            [.. LabelFoldersBeforeTheSixth, Path.Combine("eval", "statement-labels-blind-6")],
            chapters: 8,
            chapterExtension: ".txt");
        var manifest = await ProbeChaptersAsync("statement-probes", labels, 108);
        manifest.Count.ShouldBe(8);
    }

    /// <summary>
    /// The second probe set (eval/statement-labels-probes-2): six invented plain-text chapters in eval/statement-probes-2
    /// (Drevnia and Sulanga, added to samples/countries.tsv for it), labelled before the classifier ran on them. Same
    /// checks as the first probe set: labels name the manifest's chapters, countries resolve, anchors are words of their
    /// own chapter.
    /// </summary>
    [Fact]
    public async Task The_second_probe_labels_are_well_formed_and_name_chapters_of_their_manifest()
    {
        var labels = await WellFormedLabelSetAsync(
            "statement-labels-probes-2",
            [.. LabelFoldersBeforeTheSixth, Path.Combine("eval", "statement-labels-blind-6"), Path.Combine("eval", "statement-labels-probes")],
            chapters: 6,
            chapterExtension: ".txt");
        var manifest = await ProbeChaptersAsync("statement-probes-2", labels, 77);
        var countries = ReportPipeline.Core.Identification.CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"));
        manifest.Select(e => countries.Find(e.Country)!.Iso2).Distinct().Order(StringComparer.Ordinal).ShouldBe(["XD", "XS"]);
    }

    /// <summary>
    /// What both probe sets must hold: <paramref name="count"/> labels (their README's count) naming exactly the chapters of the
    /// probe corpus's manifest, whose countries samples/countries.tsv resolves and whose file names carry their year; every
    /// category present; every anchor at most six words and words of its own chapter.
    /// </summary>
    private static async Task<IReadOnlyList<ManifestEntry>> ProbeChaptersAsync(string corpusFolder, IReadOnlyList<HandLabel> labels, int count)
    {
        var corpus = Path.Combine(SharedData.RepositoryRoot, "eval", corpusFolder);
        var manifest = await CorpusFiles.ReadManifestAsync(corpus);
        var countries = ReportPipeline.Core.Identification.CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"));

        labels.Count.ShouldBe(count, $"the README counts {count} labels");
        manifest.Select(e => e.File).Order(StringComparer.Ordinal).ShouldBe(labels.Select(l => l.File).Distinct().Order(StringComparer.Ordinal));
        manifest.ShouldAllBe(e => countries.Find(e.Country) != null && e.File.Contains(e.ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        HandLabels.Categories.ShouldAllBe(c => labels.Any(l => l.Category == c));
        foreach (var label in labels)
        {
            var text = " " + StatementMatcher.Words(await File.ReadAllTextAsync(Path.Combine(corpus, label.File))) + " ";
            foreach (var anchor in label.Anchors)
            {
                anchor.Quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeLessThanOrEqualTo(6, $"{label.Origin}: quotes are at most six words");
                text.Contains(" " + StatementMatcher.Words(anchor.Quote) + " ", StringComparison.Ordinal).ShouldBeTrue($"{label.Origin}: '{anchor.Quote}'");
            }
        }

        return manifest;
    }

    /// <summary>
    /// The main-corpus chapters (country and report year, by country then year) that no label file in
    /// <paramref name="earlierFolders"/> names: what the fixed rules of the fourth to sixth blind sets choose from, so
    /// each set's test recomputes its list from the corpus as it is, not from a list copied into the test.
    /// </summary>
    private static async Task<IReadOnlyList<(string Country, int Year)>> UnlabelledMainCorpusChaptersAsync(IEnumerable<string> earlierFolders)
    {
        var labelledBefore = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in earlierFolders)
        {
            labelledBefore.UnionWith((await HandLabels.ReadFolderAsync(Path.Combine(SharedData.RepositoryRoot, set)))
                .Select(l => Path.GetFileNameWithoutExtension(l.File)));
        }

        return
        [
            .. Directory.GetFiles(Path.Combine(SharedData.Directory, "corpus", "usdol-ilab-sweat-toil", "pdf"), "*.pdf")
                .Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Where(p => !labelledBefore.Contains(p))
                .Select(p => (Country: p[..p.LastIndexOf('_')], Year: int.Parse(p[(p.LastIndexOf('_') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))
                .OrderBy(c => c.Country, StringComparer.Ordinal).ThenBy(c => c.Year),
        ];
    }
}
