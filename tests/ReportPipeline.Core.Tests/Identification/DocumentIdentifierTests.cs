using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Identification;

public class DocumentIdentifierTests
{
    private static readonly CountryCatalog Catalog = WithRuritania();

    private static CountryCatalog WithRuritania()
    {
        var catalog = CountryCatalog.Load();
        catalog.Add(new Country("XR", "Ruritania", ["Republic of Ruritania"]));
        return catalog;
    }

    private static DocumentInfo Identify(string text, InputFormat format = InputFormat.Text) =>
        new DocumentIdentifier(Catalog).Identify(
            format == InputFormat.Html ? HtmlTextReader.Read(text) : TextDocument.FromPlainLines(format, PreextractedText.Clean(text)),
            "sha");

    [Fact]
    public void Usdol_chapter_whose_opening_sentence_is_worded_otherwise_is_known_by_its_assessment_heading()
    {
        // "Ministry of" in the head would otherwise make it a web page.
        var doc = Identify("""
            Ruritania

            Minimal Advancement

            In 2023, Ruritania made a minimal advancement in its fight against the worst forms of child labor. The Ministry of Labor ...
            """);

        doc.Source.ShouldBe(Sources.UsdolFindings);
        doc.Iso2.ShouldBe("XR");
        doc.Year.ShouldBe(2023);
    }

    [Fact]
    public void A_page_that_only_mentions_an_advancement_in_prose_is_no_usdol_chapter()
    {
        var doc = Identify("""
            Ruritania labour news

            The Ministry of Labor said the country made moderate advancement on child labor last year.
            """);

        doc.Source.ShouldNotBe(Sources.UsdolFindings);
    }

    [Fact]
    public void Usdol_chapter_takes_country_and_year_from_the_opening_sentence()
    {
        var doc = Identify("""
            Ruritania

            MODERATE ADVANCEMENT

            In 2023, Ruritania made moderate advancement in efforts to eliminate the worst forms of child labor. In 2022 the government also ...
            """);

        doc.Source.ShouldBe(Sources.UsdolFindings);
        doc.Iso2.ShouldBe("XR");
        doc.Country.ShouldBe("Ruritania");
        doc.Year.ShouldBe(2023);
        doc.NeedsReview.ShouldBeFalse();
    }

    [Fact]
    public void Usdol_sentence_may_wrap_and_name_the_country_with_an_article()
    {
        var doc = Identify("""
            Kyrgyz Republic
            MINIMAL ADVANCEMENT
            In 2019, the Kyrgyz
            Republic made minimal advancement in efforts to eliminate
            the worst forms of child labor.
            """);

        doc.Source.ShouldBe(Sources.UsdolFindings);
        doc.Iso2.ShouldBe("KG");
        doc.Country.ShouldBe("Kyrgyz Republic");
        doc.Year.ShouldBe(2019);
    }

    [Fact]
    public void Usdol_no_advancement_wording_is_recognised()
    {
        var doc = Identify("""
            Ruritania
            NO ADVANCEMENT – EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR
            In 2021, Ruritania is receiving an assessment of no advancement.
            """);

        doc.Source.ShouldBe(Sources.UsdolFindings);
        doc.Year.ShouldBe(2021);
        doc.Iso2.ShouldBe("XR");
    }

    [Fact]
    public void Letter_spaced_running_header_gives_the_year_when_the_sentence_is_unreadable()
    {
        var doc = Identify("""
            Ruritania
            SIGNIFICANT ADVANCEMENT
            Ruritania took several steps this year, among them a survey.
            2 0 1 5 F I N D I N G S O N T H E W O R S T F O R M S O F C H I L D L A B O R
            More prose about the labor inspectorate.
            2 0 1 5 F I N D I N G S O N T H E W O R S T F O R M S O F C H I L D L A B O R
            """);

        doc.Source.ShouldBe(Sources.UsdolFindings);
        doc.Iso2.ShouldBe("XR");
        doc.Year.ShouldBe(2015);
    }

    [Fact]
    public void Ilo_baseline_takes_the_year_of_its_title()
    {
        var doc = Identify("""
            COUNTRY BASELINE UNDER THE ILO DECLARATION ANNUAL REVIEW

            Ruritania - 2022

            C 29 and C 105: ratified
            P29: not ratified yet
            Progress made in 2020 and 2021 ...
            """);

        doc.Source.ShouldBe(Sources.IloAnnualReview);
        doc.Iso2.ShouldBe("XR");
        doc.Year.ShouldBe(2022);
    }

    [Fact]
    public void Encyclopedia_page_gets_its_country_but_no_year_it_does_not_state()
    {
        var doc = Identify("""
            = Labour rights in Ruritania =

            Ruritania joined the ILO in 1993. In 2019 the Republic of Ruritania adopted a labour code; Borduria objected.
            """);

        doc.Source.ShouldBe(Sources.WebPage);
        doc.Iso2.ShouldBe("XR");
        doc.Year.ShouldBeNull();
        doc.NeedsReview.ShouldBeTrue();
    }

    [Fact]
    public void Web_page_year_comes_from_a_dateline()
    {
        var doc = Identify("""
            <html><head><title>Ministry of Labour of Ruritania</title></head><body>
            <h1>Ministry of Labour of Ruritania</h1>
            <p>Published: 3 March 2024</p>
            <p>The Ministry of Labour met employers in 2019 and 2021.</p>
            </body></html>
            """, InputFormat.Html);

        doc.Source.ShouldBe(Sources.WebPage);
        doc.Iso2.ShouldBe("XR");
        doc.Year.ShouldBe(2024);
    }

    [Fact]
    public void Dominant_country_needs_a_clear_majority()
    {
        var doc = Identify("""
            Cooperation with neighbours
            Ministry of Labour notes: Georgia and Armenia signed a protocol. Georgia, Armenia and Ruritania met again.
            """);

        doc.Source.ShouldBe(Sources.WebPage);
        doc.Iso2.ShouldBeNull();
        doc.NeedsReview.ShouldBeTrue();
    }

    [Fact]
    public void Unknown_country_leaves_the_document_for_review_instead_of_guessing()
    {
        var doc = Identify("""
            Freedonia
            MODERATE ADVANCEMENT
            In 2023, Freedonia made moderate advancement in efforts to eliminate the worst forms of child labor.
            """);

        doc.Source.ShouldBe(Sources.UsdolFindings);
        doc.Iso2.ShouldBeNull();
        doc.Country.ShouldBeNull();
        doc.NeedsReview.ShouldBeTrue();
    }

    [Fact]
    public void Chapter_without_any_year_has_none()
    {
        var doc = Identify("""
            Ruritania
            MODERATE ADVANCEMENT
            Ruritania made moderate advancement in efforts to eliminate the worst forms of child labor.
            """);

        doc.Source.ShouldBe(Sources.UsdolFindings);
        doc.Iso2.ShouldBe("XR");
        doc.Year.ShouldBeNull();
        doc.NeedsReview.ShouldBeTrue();
    }

    [Fact]
    public void Text_with_no_publisher_marker_is_of_unknown_source()
    {
        var doc = Identify("Shopping list: bread, milk, and a turkey for Sunday.");
        doc.Source.ShouldBe(Sources.Unknown);
        doc.Iso2.ShouldBeNull();
    }

    [Fact]
    public void A_quoted_assessment_in_prose_does_not_make_a_usdol_chapter()
    {
        var doc = Identify("""
            = Labour rights in Ruritania =
            According to the U.S. Bureau of International Labor Affairs, Ruritania has made "minimal advancement" in child labor protection.
            Ruritania is also a member of the ILO. Ruritania ratified C138.
            """);

        doc.Source.ShouldBe(Sources.WebPage);
    }
}
