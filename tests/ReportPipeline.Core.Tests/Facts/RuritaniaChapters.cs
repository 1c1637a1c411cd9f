using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Facts;

/// <summary>
/// Invented USDOL-style chapters about Ruritania (XR), one per layout family, written as the text
/// readers deliver them: one line per row, table cells separated by tabs.
/// </summary>
internal static class RuritaniaChapters
{
    /// <summary>The 2024 layout: one-column enforcement table, figures in prose, marks as glyphs.</summary>
    public const string Layout2024 = """
        Ruritania
        MODERATE ADVANCEMENT – EFFORTS MADE BUT CONTINUED PRACTICE THAT DELAYED ADVANCEMENT
        In 2024, Ruritania made moderate advancement in efforts to eliminate the worst forms of child labor. The Ministry of Labor opened four regional offices.
        PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR
        Statistics on Children's Work and Education
        Children	Age	Percent and Population
        Working	5 to 14	7.4%
        Boys		8.1%
        Attending School	6 to 14	91.5%
        Combining Work and School	7 to 14	5.9%
        SUGGESTED GOVERNMENT ACTIONS TO ELIMINATE CHILD LABOR
        Legal Framework
        Ensure that the law criminally prohibits the use of children in illicit activities, including drug production.
        Enforcement
        Screen for forced labor indicators during inspections of timber yards.
        LEGAL FRAMEWORK FOR CHILD LABOR
        Ruritania has ratified all key international conventions concerning child labor. However, Ruritania's laws do not meet international standards on the minimum age for hazardous work because the list of exemptions is too broad.
        Laws and Regulations on Child Labor
        Standard	Age	Meets International Standards	Legislation
        Minimum Age for Work	15	✓	Article 12 of the Labor Code
        Minimum Age for Hazardous Work	16	Х	Article 14 of the Labor Code
        Identification of Hazardous Occupations or Activities Prohibited for Children		√	Decree 7 on Hazardous Work
        Prohibition of Slavery, Debt Bondage, and Forced Labor		✓	Article 31 of the Criminal Code
        Prohibition of Child Trafficking		✓	Article 32 of the Criminal Code
        Prohibition of Commercial Sexual Exploitation of Children		✓	Articles 40–42 of the Criminal Code
        Prohibition of Using Children in Illicit Activities			Article 50 of the Criminal Code
        Minimum Age for Voluntary State Military Recruitment	18	✓	Article 3 of the Defense Act
        Prohibition of Compulsory Recruitment of Children by (State) Military		✓	Article 4 of the Defense Act
        Prohibition of Military Recruitment by Non-state Armed Groups		✓	Article 60 of the Criminal Code
        Compulsory Education Age	16‡	✓	Article 9 of the Education Act
        Free Public Education		✓	Article 10 of the Education Act
        ‡ Age calculated based on available information
        The prohibition of using children in illicit activities is insufficient because it does not cover drug production.
        ENFORCEMENT OF LAWS ON CHILD LABOR
        Enforcement Mechanisms and Efforts
        Has a Labor Inspectorate	Yes
        Able to Assess Civil Penalties	Yes
        Routinely Conducted Worksite Inspections	Yes
        Unannounced Inspections Permitted	No
        Has a Complaint Mechanism	Yes
        Imposed Penalties for Child Labor Violations	Unknown
        Conducted Criminal Investigations for Worst Forms of Child Labor Crimes	Yes
        Imposed Penalties for Worst Forms of Child Labor Crimes	Unknown
        An unknown number of labor inspectors conducted 1,204 worksite inspections and found 3 child labor violations. The government also conducted 7 investigations into suspected cases of the worst forms of child labor, although it is unknown how many prosecutions were initiated, and at least 2 perpetrators were convicted.
        COORDINATION, POLICIES, AND PROGRAMS
        The Council met twice. It employed 40 labor inspectors as trainers.
        """;

    /// <summary>The 2023 layout: two label/value pairs per enforcement row, marks lost in conversion.</summary>
    public const string Layout2023 = """
        RURITANIA
        MINIMAL ADVANCEMENT – Efforts Made but Continued Law that Delayed Advancement
        In 2023, Ruritania made minimal advancement in efforts to eliminate the worst forms of child labor.
        SUGGESTED GOVERNMENT ACTIONS TO ELIMINATE CHILD LABOR
        Legal Framework
        Increase the compulsory education age from 14 years old to 16 years old to align with the minimum age for work.
        Enforcement
        Publish the number of labor inspectors.
        Ruritania has ratified all key international conventions concerning child labor. However, Ruritania's laws do not meet international standards on the prohibition of forced labor because debt bondage is not covered.
        Child Labor Laws and Regulations	Meets International Standards	Legislation
        Minimum Age for Work, 16 Years	\mathbf{O}	Article 5 of the Labor Code
        Minimum Age for Hazardous Work, 18 Years		Article 6 of the Labor Code
        Prohibition of Slavery, Debt Bondage, and Forced Labor	\mathbf{X}	Article 70 of the Criminal Code
        Prohibition of Child Trafficking		Article 71 of the Criminal Code
        Compulsory Education Age, 14 Years ‡		Article 2 of the Schools Act
        Free Public Education		Article 3 of the Schools Act
        Although Article 72 of the Criminal Code criminalizes trafficking of minors, no law criminalizes debt bondage. The minimum age for work of 16 years does not meet international standards because it excludes family farms.
        Enforcement Mechanisms and Efforts
        Has a Labor Inspectorate	Yes	Has a Complaint Mechanism	Yes
        Able to Assess Civil Penalties	No	Imposed Penalties for Child Labor Violations	Yes
        Routinely Conducts Worksite Inspections	Yes	Routinely Conducted Criminal Investigations for Worst Forms of Child Labor Crimes	Unknown
        Unannounced Inspections Permitted	Yes	Imposed Penalties for Worst Forms of Child Labor Crimes	No
        Therefore, in 2023, it is **unknown** how many labor inspectors were employed, nor how many inspections they conducted or child labor violations they found.
        COORDINATION, POLICIES, AND PROGRAMS
        """;

    /// <summary>The 2018–2021 layout: previous and reporting year side by side, ratification ticks.</summary>
    public const string Layout2019 = """
        Ruritania
        MINIMAL ADVANCEMENT
        In 2019, Ruritania made a minimal advancement in efforts to eliminate the worst forms of child labor.
        Table 1. Statistics on Children's Work and Education
        Children	Age	Percent
        Working (% and population)	5 to 14	12.5 (310,442)
        Attending School (%)	5 to 14	88.0	Services
        Combining Work and School (%)	7 to 14	9.1
        II. LEGAL FRAMEWORK FOR CHILD LABOR
        Ruritania has ratified most key international conventions concerning child labor (Table 3).
        Table 3. Ratification of International Conventions on Child Labor
        Convention	Ratification
        ILO C. 138, Minimum Age	✓
        ILO C. 182, Worst Forms of Child Labor	✓
        UN CRC	✓
        UN CRC Optional Protocol on Armed Conflict
        UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child
        ✓
        Pornography
        Palermo Protocol on Trafficking in Persons	✓
        Table 4. Laws and Regulations on Child Labor
        Meets
        Standard	International	Age	Legislation
        Standards
        Minimum Age for Work	No	14	Article 8 of the Labor Code (21)
        Minimum Age for Hazardous	Yes	18	Article 9 of the Labor Code (21)
        Work
        Identification of Hazardous	Yes		Ministerial Order 4 (22)
        Occupations or Activities
        Prohibited for Children
        Prohibition of Forced Labor	Yes		Article 20 of the Penal Code (23)
        Prohibition of Child Trafficking	Yes		Article 21 of the Penal Code (23)
        Prohibition of Commercial Sexual	No		Article 22 of the Penal Code (23)
        Exploitation of Children
        Prohibition of Using Children in	Yes		Article 23 of the Penal Code (23)
        Illicit Activities
        Minimum Age for Voluntary State Military N/A†
        Recruitment
        Prohibition of Compulsory	N/A†
        Recruitment of Children by
        (State) Military
        Prohibition of Military Recruitment by Non-	No
        state Armed Groups
        Compulsory Education Age	No	12	Article 5 of the Education Act (24)
        Free Public Education	Yes		Article 6 of the Education Act (24)
        † No standing military (25)
        III. ENFORCEMENT OF LAWS ON CHILD LABOR
        Table 6. Labor Law Enforcement Efforts Related to Child Labor
        Overview of Labor Law Enforcement	2018	2019
        Labor Inspectorate Funding	$120,000 (30)	Unknown (31)
        Number of Labor Inspectors	41 (30)	1,052 (31)
        Inspectorate Authorized to Assess Penalties	Yes (30)	No (31)
        Number of Labor Inspections Conducted	2,310 (30)	Unknown (31)
        Number Conducted at Worksite	2,310 (30)	Unknown (31)
        Number of Child Labor Violations Found	12‡ (30)	9† (31)
        Number of Child Labor Violations for Which Penalties Were Imposed	4 (30)	Unknown (31)
        Routine Inspections Conducted	Yes (30)	Unknown (31)
        Unannounced Inspections Permitted	Yes (30)	Yes (31)
        Complaint Mechanism Exists	Yes (30)	Yes (31)
        Reciprocal Referral Mechanism Exists Between Labor Authorities and	Yes (30)	No (31)
        Social Services
        2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR	5
        Ruritania
        MINIMAL ADVANCEMENT
        Table 7. Criminal Law Enforcement Efforts Related to Child Labor
        Overview of Criminal Law Enforcement	2018	2019
        Number of Investigations	Unknown	5 (32)
        Number of Violations Found	Unknown	5 (32)
        Number of Prosecutions Initiated	0 (32)	3 (32)
        Number of Convictions	0 (32)	Unknown (32)
        Imposed Penalties for Violations Related to The Worst Forms of Child Labor	N/A	2 (33)
        IV. COORDINATION OF GOVERNMENT EFFORTS ON CHILD LABOR
        """;

    /// <summary>The 2016–2017 laws table: military rows under a "Minimum Age for Military Recruitment" heading.</summary>
    public const string Layout2016 = """
        Ruritania
        SIGNIFICANT ADVANCEMENT
        Table 4. Laws and Regulations on Child Labor
        Meets International
        Standard	Age	Legislation
        Standards: Yes/No
        Minimum Age for Work	Yes	15	Article 3 of the Labor Code (40)
        Minimum Age for Military Recruitment
        State Compulsory	N/A*
        State Voluntary	Yes	18	Article 7 of the Defense Act (41)
        Non-state Compulsory	No
        Compulsory Education Age	Yes	15	Article 2 of the Schools Act (42)
        * No conscription (43)
        Non-state groups recruited children in the northern hills, according to observers.
        III. ENFORCEMENT OF LAWS ON THE WORST FORMS OF CHILD LABOR
        """;

    /// <summary>The 2013 layout: the mark between the two lines of a wrapped label; enforcement only in prose.</summary>
    public const string Layout2013 = """
        Ruritania
        NO ADVANCEMENT
        Table 4. Laws and Regulations Related to Child Labor
        Standard	Yes/No	Age	Related Legislation
        Minimum Age for Work	Yes	14	Labor Law (40)
        List of Hazardous Occupations Prohibited
        No	Decree 12 (41)
        for Children
        Free Public Education	Yes	Article 9 of the Constitution (43)
        III. ENFORCEMENT OF LAWS ON THE WORST FORMS OF CHILD LABOR
        In 2013, the Ministry of Labor employed 35 labor inspectors to cover the country's seven provinces.(11)
        Courts heard 9 trafficking cases, but it is not known how many of these 9 people were convicted.(12)
        IV. COORDINATION OF GOVERNMENT EFFORTS ON THE WORST FORMS OF CHILD LABOR
        """;

    public static TextDocument ChapterText(string chapter) =>
        TextDocument.FromPlainLines(InputFormat.Text, PreextractedText.Clean(chapter));

    public static Dictionary<string, Fact> ExtractFacts(string chapter)
    {
        var document = new DocumentInfo("Ruritania", "XR", 2024, Sources.UsdolFindings, "0");
        var facts = new UsdolFindingsFactExtractor().Extract(ChapterText(chapter), document);
        facts.Select(f => f.Facet).ShouldBeUnique();
        return facts.ToDictionary(f => f.Facet);
    }
}
