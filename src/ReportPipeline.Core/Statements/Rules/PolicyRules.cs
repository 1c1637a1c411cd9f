using System.Text.RegularExpressions;
using static ReportPipeline.Core.Statements.StatementActions;
using static ReportPipeline.Core.Statements.StatementCategories;
using static ReportPipeline.Core.Statements.StatementFields;

namespace ReportPipeline.Core.Statements.Rules;

/// <summary>
/// Named national action plans: adopted, active, expired or drafted, with their period.
/// "The NAP remained active" takes its name from the row or lead-in it sits under.
/// </summary>
internal sealed partial class ActionPlanRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        if (sentence.Section == ReportSections.Coordination)
        {
            // Plans named in the coordination table are that body's mandate, unless the cell tells this year's approval of one.
            if (CoordinationApproval(text, context.Document.Year) is { } approval)
            {
                yield return approval;
            }

            yield break;
        }

        if (sentence.Section == ReportSections.Programs || Footnote().IsMatch(text))
        {
            // Programmes and projects are described by what they support ("the priorities of the Roadmap"); "† Policy was approved…" is a table's key.
            // Prose under them may still tell a plan being made by its purpose, or the approval of the plan the sentence before named.
            if (sentence.Section == ReportSections.Programs && sentence.Label is null && sentence.Kind == SentenceKind.Prose && !Names.Plans(text).Any())
            {
                foreach (var draft in PurposeOrReference(text, context, []))
                {
                    yield return draft;
                }
            }

            if (sentence.Section == ReportSections.Programs && sentence.Label is null && sentence.Kind == SentenceKind.Prose && EntitledAdoption(text) is { } entitled)
            {
                yield return entitled.Draft;
            }

            yield break;
        }

        if (sentence.Label is null && sentence.Kind == SentenceKind.Prose && EntitledAdoption(text) is { } adopted
            && !Names.Plans(text).Any(p => p.Index >= adopted.Start && p.Index < adopted.End))
        {
            yield return adopted.Draft;
        }

        // A row of the key-policies table whose cells were read as one line: "Plan of Immediate Measures … (2019–2020)†".
        var titleRow = sentence.Section == ReportSections.Policies && sentence.Label is null && sentence.Kind == SentenceKind.Prose && TitleOnly().IsMatch(text)
            && IsPolicyRow(sentence with { Section = ReportSections.Policies }, text) ? text.Trim() : null;
        // A row whose title, period and description the PDF reader ran into one line: "National Education Plan (2020–2030) Aims to
        // expand access …"; the capitalised verb after the period is where the description cell began.
        if (titleRow is null && sentence.Section == ReportSections.Policies && sentence.Label is null && sentence.Kind == SentenceKind.Prose
            && RunInRow().Match(text) is { Success: true } runIn && IsPolicyRow(sentence, runIn.Groups["title"].Value.Trim()))
        {
            titleRow = runIn.Groups["title"].Value.Trim();
        }

        if (sentence.Section == ReportSections.Policies && sentence.Label is not null && context.FirstUnderLabel && DonorDescription().IsMatch(text))
        {
            // "World Bank strategy for Ruritania that supports …": the row describes a donor's strategy, which is no plan of the government.
            yield break;
        }

        var labelPlan = titleRow ?? (sentence.Label is { } label && ((IsPlanName(label) && !NotAPlan().IsMatch(label)) || IsPolicyRow(sentence, label)) ? label : null);
        var rowStart = titleRow is not null || (labelPlan is not null && context.FirstUnderLabel);
        // A state programme is a plan where the policies section names it in prose or as a row's title; one named in another
        // row's description ("to include working children in the National Program to Eradicate Child Labor") is what that
        // plan works through, often a cash-transfer programme, and the row's plan is its own title.
        var rowDescription = sentence.Label is not null && labelPlan is not null && titleRow is null;
        var plans = Names.Plans(text)
            .Concat(sentence.Section == ReportSections.Policies && !rowDescription ? Names.StatePrograms(text) : [])
            .Where(p => !NotAPlan().IsMatch(p.Name) && !PartOfProgramName().IsMatch(text.AsSpan(p.Index + p.Length)) && !MinistryOfPolicy(text, p))
            .Select(p => WithContinuation(text, p))
            .SelectMany(SplitPair)
            .ToList();
        if (sentence.Section == ReportSections.Policies && !rowDescription)
        {
            // "approved the Education Development Strategy 2030 and the Programme for Inclusive Education for 2020–2024": a programme
            // joined to a plan under one verb is a plan of its own, though its title has no plan word.
            plans.AddRange(plans.Select(p => JoinedProgramme().Match(text, p.Index + p.Length)).Where(m => m.Success)
                .Select(m => (m.Groups["name"].Value, m.Groups["name"].Index, m.Groups["name"].Length)).ToList());
        }

        var refersToPlan = plans.Count > 0 || PlanReference().IsMatch(text);
        var unnamedDraft = UnnamedDraft().Match(text) is { Success: true } told ? told : SuccessorDraft().Match(text);
        var unnamedAdopted = UnnamedAdopted().Match(text);
        var purpose = PurposeDraft().Match(text);
        if (!refersToPlan && !rowStart && !unnamedDraft.Success && !unnamedAdopted.Success && !purpose.Success)
        {
            yield break;
        }

        if (labelPlan is null)
        {
            var unnamed = PurposeOrReference(text, context, plans).ToList();
            foreach (var draft in unnamed)
            {
                yield return draft;
            }

            if (purpose.Success && plans.Count == 0)
            {
                yield break;
            }
        }

        // Each plan the sentence names is its own statement, with its own governing verb.
        var targets = new List<(string Name, string? Period, int Start, int End)>();
        var introduced = new HashSet<int>();
        foreach (var (name, index, length) in plans)
        {
            var bare = Names.WithoutPeriod(name);
            var period = PeriodNear(text, index, index + length);
            if (IsGeneric(bare) && AliasedTitle().Match(text[..index]) is { Success: true } title)
            {
                // "The Set of Measures for Priority Actions (Roadmap)†": the short name in brackets stands for the title before it.
                var mark = text.AsSpan(index + length).TrimStart(')').StartsWith("†") ? "†" : string.Empty;
                targets.Add((Names.WithoutPeriod(Article().Replace(title.Groups["title"].Value.Trim(), string.Empty)) + mark, period, title.Index, index + length));
            }
            else if (IsGeneric(bare))
            {
                if (labelPlan is not null)
                {
                    targets.Add((Names.WithoutPeriod(labelPlan), period ?? LonePeriod(text) ?? PeriodOf(labelPlan), index, index + length));
                }
                else if (NewPlanLead().Match(text[..index]) is { Success: true } lead && (lead.Groups["adjective"].Length > 0 || bare.StartsWith("National", StringComparison.OrdinalIgnoreCase) || YearsAfterName().IsMatch(text.AsSpan(index + length))))
                {
                    // "A follow-on National Plan of Action for 2014–2018 was under development", "validated a draft second National
                    // Action Plan": a plan without a title of its own yet, which the sentence introduces; "the National Action Plan"
                    // with no such word stays a reference to a plan named elsewhere.
                    targets.Add(((lead.Groups["adjective"].Value + bare).Trim(), period, index, index + length));
                    introduced.Add(index);
                }
            }
            else
            {
                targets.Add((bare, period, index, index + length));
            }
        }

        // A row's first sentence is about the row's plan, whatever else it names.
        var rowPlans = labelPlan is null ? [] : RowPlans(Names.WithoutPeriod(labelPlan));
        if (labelPlan is not null && (rowStart || (targets.Count == 0 && !(unnamedDraft.Success && Clauses.IsAffirmed(text, unnamedDraft.Index)))))
        {
            foreach (var rowPlan in rowPlans.Where(r => !targets.Any(t => string.Equals(t.Name, r, StringComparison.OrdinalIgnoreCase))))
            {
                targets.Add((rowPlan, LonePeriod(text) ?? PeriodOf(labelPlan), 0, 0));
            }
        }

        // A row's description may name the row's plan with another head noun ("the goals of the National Education Policy" in the
        // National Education Plan's row); other plans it names (an accompanying strategy) stay plans of their own.
        var inAnotherRow = sentence.Section == ReportSections.Policies && sentence.Label is not null && labelPlan is not null && titleRow is null;

        if (unnamedDraft.Success && Clauses.IsAffirmed(text, unnamedDraft.Index) && !targets.Any(t => t.Start < unnamedDraft.Index + unnamedDraft.Length && t.End > unnamedDraft.Index))
        {
            // "submitted a new draft plan of action": the successor of a plan, not yet named.
            yield return Draft.Of(ActionPlan, Drafted, 0.7, (Name, unnamedDraft.Groups["plan"].Value), (Date, Clauses.EventDateOf(text, unnamedDraft, 60)?.Iso));
        }

        if (unnamedAdopted.Success && plans.Count == 0 && labelPlan is null && Clauses.IsAffirmed(text, unnamedAdopted.Index))
        {
            yield return Draft.Of(ActionPlan, Adopted, 0.7, (Name, unnamedAdopted.Groups["plan"].Value), (Date, Clauses.EventDateOf(text, unnamedAdopted, 60)?.Iso));
        }

        if (targets.Count == 0)
        {
            yield break;
        }

        var verbs = Actions
            .SelectMany((a, priority) => Clauses.Affirmed(text, a.Pattern).Select(m => (a.Name, Verb: m, Priority: priority)))
            .Where(v => !(v.Name == Drafted && LawObject().IsMatch(text.AsSpan(v.Verb.Index + v.Verb.Length))))
            .ToList();
        // A row's first cell is its plan even when the description's only verb is a purpose ("Aims to combat child labor by
        // implementing longer school hours"); only a denied adoption, draft or end leaves the row to `other`.
        // A denied or wished-for verb whose object is another plan the row names ("calls for the adoption of the National Action
        // Plan") is about that plan, not the row's.
        var rowPurpose = rowStart && labelPlan is not null && Actions.Where(a => a.Name != Active).All(a => !OnlyDeniedOfRow(text, a.Pattern, targets));
        if (verbs.Count == 0 && !rowPurpose && Actions.Any(a => Clauses.OnlyDenied(text, a.Pattern)))
        {
            // "has yet to adopt", "was not approved": a near miss, left to `other`.
            yield break;
        }

        foreach (var (rawName, period, start, end) in targets.DistinctBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
        {
            // "Policy Name†": the table marks a policy approved during the reporting period.
            var marked = rawName.Contains('†', StringComparison.Ordinal);
            var name = rawName.Trim('†', '‡', '*', ' ');
            var rowOnly = start == end;
            if (!rowOnly && GoalPair().IsMatch(text.AsSpan(0, start)))
            {
                continue;
            }

            if (!rowOnly && (Predecessor().IsMatch(text.AsSpan(0, start)) || PredecessorLead().IsMatch(rawName)))
            {
                // "Succeeds the State Programme for …", "replaces the 2015 strategy": the plan named is the one before; naming it
                // tells nothing of its status this year.
                continue;
            }

            var governing = verbs
                .Where(v => !rowOnly || !Descriptive().IsMatch(v.Verb.Value))
                // "drafted a new version of the X Plan and adopted the Y Strategy": the verb after the plan has an object of its own.
                .Where(v => rowOnly || v.Verb.Index < end || !NextConjunct().IsMatch(text.AsSpan(end, v.Verb.Index - end)) || !OwnObject().IsMatch(text.AsSpan(v.Verb.Index + v.Verb.Length)))
                .OrderBy(v => Distance(v.Verb, start, end) + (Clauses.IsSubordinate(text, v.Verb.Index) ? 80 : 0))
                .ThenBy(v => v.Priority)
                .Select(v => ((string Name, Match Verb)?)(v.Name, v.Verb))
                .FirstOrDefault();
            if (introduced.Contains(start) && governing is not { Name: Drafted or Adopted })
            {
                // "to lead the drafting and implementation of a National Action Plan": a plan the sentence only names, not one made.
                continue;
            }

            if (!rowOnly && DraftMark().Match(text, end) is { Success: true } mark && mark.Index == end)
            {
                governing = (Drafted, mark);
            }
            else if (governing is null && !rowOnly && DraftApposition().IsMatch(text.AsSpan(0, start)))
            {
                // "to review two draft policies—the Child Protection Policy and …": the plan is what the draft is.
                governing = (Drafted, DraftWord().Match(text));
            }
            else if (governing is null && DraftWord().IsMatch(name + " " + text[Math.Max(0, start - 12)..start]))
            {
                governing = (Drafted, DraftWord().Match(text) is { Success: true } d ? d : null!);
            }

            if (inAnotherRow && !rowOnly && governing is not { Name: Adopted or Drafted or Expired }
                && rowPlans.FirstOrDefault(r => SameTitleOtherHead(r, name)) is { } rowPlan)
            {
                // "the 20 goals of the National Education Policy" in the National Education Plan's row: the row's plan, by a looser name.
                name = rowPlan.Trim('†', '‡', '*', ' ');
            }

            if (!rowOnly && (governing is not { Verb: { } governingVerb } || governingVerb.Index >= end) && NegatedInclusion().IsMatch(text[..start]))
            {
                // "has not included child labor in the National Education Strategy": no statement about the plan, also when a
                // clause after it tells what became of it ("…, or the UNDAF, which concluded in 2025"): the sentence is about a gap.
                continue;
            }

            if (governing is null && !rowOnly && (Clauses.IsNegated(text, start) || UnrealisedVerbBefore(text, start)))
            {
                // "has not adopted the X Plan", "calls for the adoption of the X Plan": nothing in force to tell.
                continue;
            }

            if (governing is null && !rowOnly && GoalGerund().IsMatch(text[..start]))
            {
                // "… and creating an Action Plan on X": a plan to be made is a goal of the sentence's subject, not a plan.
                continue;
            }

            var (chosen, confidence) = governing is { } g ? (g.Name, 0.85) : marked && sentence.Section == ReportSections.Policies ? (Adopted, 0.8) : FromPeriod(period, context.Document.Year);
            if (governing is null && !rowOnly && sentence.Label is null && chosen == Expired && EndedBefore(period, context.Document.Year, 1))
            {
                // "The State Program for 2014–2018 was not followed by a new one for years" in a 2021 chapter: a plan that ended
                // before the year before the reporting year is history, told for context; only a verb could make it news.
                continue;
            }

            var date = governing is { Verb: { } verb } && chosen is Adopted or Drafted or Expired ? Clauses.EventDateOf(text, verb, 60)?.Iso : null;
            yield return Draft.Of(ActionPlan, chosen, period is null ? confidence - 0.1 : confidence, (Name, name), (Period, period), (Date, date));
        }
    }

    /// <summary>
    /// "the National Action Plan (NAP) for 2020–2024 on the Prevention of Child Labour": the name
    /// goes on after the period it encloses.
    /// </summary>
    private static (string Name, int Index, int Length) WithContinuation(string text, (string Name, int Index, int Length) plan)
    {
        var after = EnclosedPeriodTail().Match(text, plan.Index + plan.Length);
        if (!after.Success || after.Index != plan.Index + plan.Length)
        {
            return plan;
        }

        var head = AcronymSuffix().Replace(plan.Name, string.Empty);
        return (head + " " + after.Groups["rest"].Value, plan.Index, after.Index + after.Length - plan.Index);
    }

    /// <summary>
    /// A plan with no title: one told by its purpose while it is being made (drafted; one drafted before the reporting year
    /// is its history), or "the plan" a sentence approves when it names no plan ("In May 2026, the Council of Ministers
    /// approved the plan"), which is the plan of the sentence before.
    /// </summary>
    private static IEnumerable<Draft> PurposeOrReference(string text, RuleContext context, IReadOnlyList<(string Name, int Index, int Length)> named)
    {
        var purpose = PurposeDraft().Match(text);
        if (purpose.Success && Clauses.IsAffirmed(text, purpose.Index))
        {
            if (named.Any(p => p.Index < purpose.Index + purpose.Length && p.Index + p.Length > purpose.Index))
            {
                yield break;
            }

            var date = Clauses.EventDateOf(text, purpose, 60)?.Iso;
            if (context.Document.Year is not { } year || Background.YearOf(date) is not { } made || made >= year)
            {
                yield return Draft.Of(ActionPlan, Drafted, 0.7, (Name, purpose.Groups["plan"].Value.Trim()), (Date, date));
            }

            yield break;
        }

        if (named.Count == 0 && context.PreviousPlanName is { } previous && ApprovedThePlan().Match(text) is { Success: true } adoption && Clauses.IsAffirmed(text, adoption.Index))
        {
            yield return Draft.Of(ActionPlan, Adopted, 0.7, (Name, previous), (Date, Clauses.EventDateOf(text, adoption, 60)?.Iso));
        }
        else if (named.Count == 0 && context.RecentPlanName is { } recent && ThePlanNotAdopted().IsMatch(text))
        {
            // "The National Action Plan (2010-2015) aims to … . It also addresses … . However, the Plan has yet to be adopted.":
            // the plan described is a draft.
            yield return Draft.Of(ActionPlan, Drafted, 0.7, (Name, recent));
        }
    }

    /// <summary>
    /// A row's title that names a programme or policy and its action plan ("National Program Against Trafficking and Action
    /// Plan for the Implementation of the Program"): two plans, as a sentence naming two plans is two statements.
    /// </summary>
    private static List<string> RowPlans(string label)
    {
        var pair = RowPair().Match(label);
        if (!pair.Success)
        {
            return [label];
        }

        // "National Child Labor Strategy and Action Plan†" is one title: the second half must name a plan of its own, and a
        // table mark on the title belongs to both halves.
        var first = pair.Groups["first"].Value.Trim().TrimEnd(',');
        var second = pair.Groups["second"].Value.Trim();
        var mark = new string(second.Reverse().TakeWhile(c => c is '†' or '‡' or '*').Reverse().ToArray());
        return (IsPlanName(first) || ProgramOrPolicyHead().IsMatch(first)) && !IsGeneric(second)
            ? [first + mark, second]
            : [label];
    }

    /// <summary>Two titles that differ only in their head noun: "National Education Plan" and "National Education Policy".</summary>
    private static bool SameTitleOtherHead(string a, string b)
    {
        var x = TitleHead().Replace(a.Trim('†', '‡', '*', ' '), string.Empty);
        var y = TitleHead().Replace(b.Trim('†', '‡', '*', ' '), string.Empty);
        return x.Length > 0 && x.Contains(' ', StringComparison.Ordinal) && string.Equals(x, y, StringComparison.OrdinalIgnoreCase) && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "the government adopted a program entitled “Support of Families for 2026–2036”": a state programme or plan adopted
    /// under its quoted title, also where the chapter tells it among its social programmes.
    /// </summary>
    private static (Draft Draft, int Start, int End)? EntitledAdoption(string text)
    {
        var match = EntitledPlan().Match(text);
        if (!match.Success || !Clauses.IsAffirmed(text, match.Groups["verb"].Index) || !Adopter().IsMatch(text.AsSpan(0, match.Groups["verb"].Index)))
        {
            return null;
        }

        var title = match.Groups["name"].Value.Trim().TrimEnd(',', '.', ';', ' ');
        var period = ReportDates.FindPeriods(title) is { Count: > 0 } periods ? periods[^1].Period : null;
        var name = TitlePeriod().Replace(title, string.Empty).Trim();
        var date = Clauses.EventDateOf(text, match, 60)?.Iso;
        return (Draft.Of(ActionPlan, Adopted, 0.75, (Name, name), (Period, period), (Date, date)), match.Groups["name"].Index, match.Groups["name"].Index + match.Groups["name"].Length);
    }

    /// <summary>
    /// "the Action Plan to End X and the Action Plan to Prevent Y": "and the" before a second plan's head starts that plan,
    /// as it starts a second law; both halves must name a plan.
    /// </summary>
    private static IEnumerable<(string Name, int Index, int Length)> SplitPair((string Name, int Index, int Length) plan)
    {
        var join = plan.Name.IndexOf(" and the ", StringComparison.Ordinal);
        if (join <= 0)
        {
            return [plan];
        }

        var first = plan.Name[..join];
        var second = plan.Name[(join + " and the ".Length)..];
        // "the National Education Sector Plan and the …": a title ending in a bare "Plan" or "Programme" is whole before "and the".
        // "the National Programme on Combating Trafficking … and the State Programme on Youth Employment": two state programmes.
        if (!(IsPlanName(first) || EndsWithPlanHead().IsMatch(first) || StateProgrammeStart().IsMatch(first)) || !(StartsWithPlan().IsMatch(second) || StateProgrammeStart().IsMatch(second) || (IsPlanName(first) && ProgrammeFor().IsMatch(second))))
        {
            return [plan];
        }

        var secondIndex = plan.Index + join + " and the ".Length;
        return [(first, plan.Index, first.Length), .. SplitPair((second, secondIndex, second.Length))];
    }

    /// <summary>
    /// A plan told by its purpose, with no title, that the sentence says is being made: "expressed intentions to develop an
    /// action plan to combat child begging", "began drafting a plan to rehabilitate and reintegrate …". The previous
    /// sentence's plan, whatever its date, is what "approved the plan" in the next one refers to.
    /// </summary>
    public static string? PurposePlanIn(string text) =>
        PurposeDraft().Match(text) is { Success: true } match && Clauses.IsAffirmed(text, match.Index) ? match.Groups["plan"].Value.Trim() : null;

    /// <summary>"However, the Plan has yet to be adopted": the sentence says the plan just described is not in force.</summary>
    public static bool TellsPlanNotAdopted(string text) => ThePlanNotAdopted().IsMatch(text);

    /// <summary>
    /// The first plan a sentence names, whether or not it tells an event about it ("The National Action Plan drafted in 2010
    /// aims to …" is history, but "the Plan" two sentences on still means it).
    /// </summary>
    public static string? NamedPlanIn(string text) =>
        Names.Plans(text)
            .Select(p => Names.WithoutPeriod(p.Name))
            .FirstOrDefault(name => !IsGeneric(name) && !NotAPlan().IsMatch(name));

    /// <summary>"In 2025, it approved the national policy on child protection": a coordinating body's approval of a plan this year.</summary>
    private static Draft? CoordinationApproval(string text, int? year)
    {
        var match = ApprovedPlanObject().Match(text);
        if (!match.Success || !Clauses.IsAffirmed(text, match.Index))
        {
            return null;
        }

        var date = Clauses.EventDateOf(text, match, 60)?.Iso;
        if (year is { } y && (Background.YearOf(date) is not { } eventYear || eventYear < y))
        {
            return null;
        }

        return Draft.Of(ActionPlan, Adopted, 0.75, (Name, match.Groups["name"].Value.Trim()), (Date, date));
    }

    /// <summary>The verb just before a named plan, when the sentence denies it or only wishes for it.</summary>
    private static bool UnrealisedVerbBefore(string text, int start) =>
        Actions.Where(a => a.Name != Active)
            .SelectMany(a => a.Pattern.Matches(text))
            .Any(m => GovernsAt(m, start) && !Clauses.IsAffirmed(text, m.Index));

    /// <summary>True when every match of <paramref name="verb"/> that is not aimed at another named plan is denied or wished for.</summary>
    private static bool OnlyDeniedOfRow(string text, Regex verb, List<(string Name, string? Period, int Start, int End)> targets)
    {
        var aboutRow = verb.Matches(text).Where(m => !targets.Any(t => t.End > t.Start && GovernsAt(m, t.Start))).ToList();
        return aboutRow.Count > 0 && aboutRow.All(m => !Clauses.IsAffirmed(text, m.Index));
    }

    // "adoption of the X", "approve the X": the verb's object begins within a few words.
    private static bool GovernsAt(Match verb, int start) => start >= verb.Index + verb.Length && start - (verb.Index + verb.Length) <= 12;

    private static int Distance(Match verb, int start, int end) =>
        verb.Index >= end ? verb.Index - end : verb.Index + verb.Length <= start ? start - (verb.Index + verb.Length) : 0;

    /// <summary>
    /// A row of the key-policies table: its first cell names a policy, strategy, programme or
    /// plan (whatever the head noun), unless it is a law or an agreement between parties.
    /// </summary>
    private static bool IsPolicyRow(Sentence sentence, string label) =>
        sentence.Section == ReportSections.Policies
        && label.Length is >= 6 and <= 200
        && (char.IsUpper(label[0]) || SentenceSplitter.NumberedTitle().IsMatch(label))
        && !PolicyTableFurniture().IsMatch(label)
        && !NotAPlan().IsMatch(label)
        && !BodyLabel().IsMatch(label)
        && !LawHead().IsMatch(label);

    public static bool IsPlanName(string text) => PlanWord().IsMatch(text);

    /// <summary>A row label of the policies table that names a law, decree, regulation or resolution rather than a plan.</summary>
    /// <remarks>
    /// Only the words up to the law's head decide: "Resolution of the Cabinet of Ministers No. 132 on Additional Measures to
    /// Ensure the Implementation of ILO Conventions" is a resolution whatever convention it implements; "Memorandum … Decree"
    /// is still an agreement.
    /// </remarks>
    public static bool IsLawName(string text) => LawHead().Match(text) is { Success: true } head && !NotAPlan().IsMatch(head.Value);

    /// <summary>
    /// "the Ministry of Labor and Social Policy (MLSP)", "the Ministry of Family, Labour and Social Policy": a ministry named
    /// after the policy it runs, not a plan.
    /// </summary>
    private static bool MinistryOfPolicy(string text, (string Name, int Index, int Length) plan) =>
        PolicyHead().IsMatch(plan.Name) && (MinistryName().IsMatch(plan.Name) || MinistryBefore().IsMatch(text.AsSpan(0, plan.Index)));

    private static bool IsGeneric(string name) => GenericPlan().IsMatch(name);

    /// <summary>With no verb, a plan listed under policies is read from its period and the report's year.</summary>
    private static (string Action, double Confidence) FromPeriod(string? period, int? year)
    {
        if (period is null || year is null)
        {
            return (Active, 0.5);
        }

        var start = int.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture);
        var end = int.Parse(period[^4..], System.Globalization.CultureInfo.InvariantCulture);
        return end < year ? (Expired, 0.6) : start > year ? (Adopted, 0.55) : (Active, 0.6);
    }

    /// <summary>The period ended more than <paramref name="years"/> years before the reporting year.</summary>
    private static bool EndedBefore(string? period, int? year, int years) =>
        period is not null && year is not null && int.Parse(period[^4..], System.Globalization.CultureInfo.InvariantCulture) < year - years;

    /// <summary>"(2022–2024)" just after the name, or "the 2022–2024 National Action Plan".</summary>
    private static string? PeriodNear(string text, int start, int end)
    {
        foreach (var period in ReportDates.FindPeriods(text))
        {
            if ((period.Index >= end && period.Index - end <= 40) || (period.End <= start && start - period.End <= 3) || (period.Index > start && period.End < end))
            {
                return period.Period;
            }
        }

        return null;
    }

    private static string? LonePeriod(string text) => ReportDates.FindPeriods(text) is { Count: 1 } periods ? periods[0].Period : null;

    private static string? PeriodOf(string label) => ReportDates.FindPeriods(label) is { Count: > 0 } periods ? periods[^1].Period : null;

    private static readonly (string Name, Regex Pattern)[] Actions =
    [
        (Drafted, DraftedVerb()),
        (Adopted, AdoptedVerb()),
        (Expired, ExpiredVerb()),
        (Active, ActiveVerb()),
    ];

    [GeneratedRegex(@"\b(?:Action Plan|Plan of Action|NAP|NPA|National Plan|Plurinational Plan|Strategy|Strategic Plan|State Program(?:me)?|Concept|Road ?map|Five[- ]Year Plan|Development Plan|Master Plan|Agenda|Plan of (?:[A-Z][\w\-]*\s+)?Measures)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanWord();

    // Not plans: agreements between parties, donors' and the UN's frameworks, declarations, pacts, projects; guidelines and
    // procedures (sector procedures); an international body's own plan or roadmap ("UN Roadmap", "Council of Europe Action Plan
    // for …"); a body named after a policy ("Criminal Policy Research Center").
    [GeneratedRegex(@"\b(?:Memorand(?:um|a)|MOU|Agreement|Declaration|Pact|Protocol|Convention|UNDAF|Sustainable Development Cooperation Framework|USAID|World Bank|UNICEF|Project|Grant|Fund|Campaign|Initiative|2030 Agenda|Agenda 2030|Agenda for Sustainable Development|(?<!National\s)Decent Work Agenda(?!\s+for\b)|Guidelines?|Standard Operating Procedures?)\b|^(?:the\s+)?(?:United Nations|UN|Council of Europe|OSCE|WFP|UNDP|UNHCR|UNODC|IOM|ILO|OECD|European Commission)\b|\b(?:Policy|Strategy|Planning)\s+(?:[A-Z][\w’'\-]*\s+){0,2}(?:Cent(?:er|re)|Institute|Unit|Office|Department|Division|Forum|Network)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPlan();

    [GeneratedRegex(@"\bPolic(?:y|ies)(?:\s*\([A-Z]{2,8}\))?$")]
    private static partial Regex PolicyHead();

    [GeneratedRegex(@"^(?:the\s+)?(?:Ministry|Ministries|Department|Directorate|Minister)\s+(?:of|for)\b")]
    private static partial Regex MinistryName();

    // "Ministry of Family, " before "Labour and Social Policy": the name's start is a ministry's.
    [GeneratedRegex(@"\b(?:Ministry|Ministries|Department|Directorate|Minister)\s+(?:of|for)\s+(?:(?:[A-Z][\w\-]*(?<![’']s)|and|the),?\s+){0,4}$")]
    private static partial Regex MinistryBefore();

    // "is developing a Child Protection Bill", "drafting new legislation": the drafting verb's object is a law, not a plan.
    [GeneratedRegex(@"^\s+(?:(?:a|an|the|its|new|revised|draft|comprehensive)\s+)*(?:(?:[A-Z][\w’'\-]*|of|on|for|and|the|in)\s+){0,8}(?:Bill|Act|Law|Code|Decree|bills?|laws?|legislation|amendments?|decrees?|regulations?)\b")]
    private static partial Regex LawObject();

    [GeneratedRegex(@"^(?<first>[A-Z].{4,}?)\s+and\s+(?:(?:the|its|an?)\s+)?(?<second>(?:[A-Z][\w’'\-]*\s+){0,3}(?:Action Plan|Plan of Action|National Plan|Strategy|Road ?map|Agenda)\b.*)$")]
    private static partial Regex RowPair();

    // "National Program Against Human Trafficking", "State Programme on …", "… Policy": a programme or policy of its own.
    [GeneratedRegex(@"^(?:National|State|Government)\s+Program(?:me)?\b|\b(?:Program(?:me)?|Policy|Plan)$")]
    private static partial Regex ProgramOrPolicyHead();

    [GeneratedRegex(@"\s+(?:Plan|Policy|Strategy|Program(?:me)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleHead();

    [GeneratedRegex(@"\b(?<verb>adopted|approved|endorsed)\s+(?:a|the|its)\s+(?:new\s+)?(?:(?:state|national|government|federal|comprehensive)\s+)*(?:program(?:me)?|strategy|plan|policy|concept)\s+(?:entitled|titled|called|named|known\s+as)\s+[“""‘](?<name>[^”""’]{3,160})[”""’]", RegexOptions.IgnoreCase)]
    private static partial Regex EntitledPlan();

    // Who adopts a state programme: the government, not an NGO or a donor.
    [GeneratedRegex(@"\b(?:government|cabinet|council of ministers|president|prime minister|ministry|ministries|parliament|minister|state)\b[^.;]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex Adopter();

    [GeneratedRegex(@"\s*(?:,\s*)?(?:for\s+(?:the\s+(?:years?|period)\s+)?|\()?(?:19|20)\d{2}\s*[–—\-]\s*(?:19|20)?\d{2}\)?$")]
    private static partial Regex TitlePeriod();

    // A row label that names a body, not a plan ("… Monitoring Teams†" where a label ran over two lines).
    [GeneratedRegex(@"\b(?:Teams?|Committees?|Councils?|Commissions?|Cent(?:er|re)s?|Units?|Offices?|Agenc(?:y|ies)|Boards?|Bureaus?|Working Groups?|Task Forces?|Mechanisms?)\s*[†‡*]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyLabel();

    // "Pakistan Education Policy 2017 (draft)": the text marks the plan a draft.
    [GeneratedRegex(@"\G\s*(?:(?:19|20)\d{2}(?:\s*[–—\-]\s*(?:19|20)?\d{2})?\s*)?\((?:draft|in draft|drafted)\)", RegexOptions.IgnoreCase)]
    private static partial Regex DraftMark();

    // "with provisions for … developing and implementing a National Child Labor Policy", "aims to … develop and implement a
    // National Child Labor Policy": a plan the row aims to make.
    [GeneratedRegex(@"\b(?:develop|creat|draft|establish|elaborat|design|formulat)(?:ing\s+and\s+implementing|e?\s+and\s+implement)\s+(?:(?:a|an|the|new|national|its|their)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalPair();

    // "the provincial cabinet approved a child labor policy": a plan adopted before it has a title.
    [GeneratedRegex(@"\b(?:approved|adopted|endorsed)\s+(?:a|the)\s+(?:new\s+)?(?<plan>(?:(?:national|provincial|regional|state|child|labou?r|protection|employment|social|education|trafficking|anti-trafficking)\s+){1,4}(?:policy|strategy|action plan|plan of action))\b(?!\s+(?:on|for|to|against)\s+(?-i:[A-Z]))", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedAdopted();

    [GeneratedRegex(@"^(?:Key\b|Table\b|Policy$|Policies$|Description$|Program$|Name$)", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyTableFurniture();

    [GeneratedRegex(@"^(?:[\w’'\-]+\s+){0,6}?(?:Law|Decree|Code|Act|Resolution|Regulations?|Order|Decision|Ordinance|Bylaws?|Instruction|Statute)\b(?!\s+(?:Plan|Strategy))", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LawHead();

    [GeneratedRegex(@"\bdraft\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftWord();

    [GeneratedRegex(@"\b(?:creat|develop|draft|adopt|establish|prepar|elaborat|design|formulat|updat|revis)ing\s+(?:(?:a|an|the|new|national|its|their)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalGerund();

    [GeneratedRegex(@"(?<title>[A-Z][\w’'\-]*(?:\s+(?:(?:of|on|to|for|against|the|and|in|with|by)\s+)*[A-Z][\w’'\-]*){2,})\s*\($")]
    private static partial Regex AliasedTitle();

    [GeneratedRegex(@"^(?:The|A|An)\s+")]
    private static partial Regex Article();

    // A plan's name that is the start of a programme's: "the Pacific Policy, Advocacy and Evaluation Program", "Policy Engagement (MAP) Project".
    [GeneratedRegex(@"^(?:\s*\([^)]{1,15}\))?(?:,?\s+(?:and\s+)?[A-Z][\w\-]*)*,?\s+(?:Program(?:me)?|Project|Initiative|Campaign|Fund)\b")]
    private static partial Regex PartOfProgramName();

    [GeneratedRegex(@"\G(?:\s*\((?:NAP|NPA)\))?\s+for\s+(?:the\s+(?:years?|period)\s+)?(?:19|20)\d{2}\s*[–—\-]\s*(?:19|20)?\d{2}\s+(?<rest>(?:on|to|for|against)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|on|to|for|against|the|and|in|with)\s+)*[A-Z][\w’'\-]*)*)")]
    private static partial Regex EnclosedPeriodTail();

    [GeneratedRegex(@"\s*\((?:NAP|NPA)\)\s*$")]
    private static partial Regex AcronymSuffix();

    // "submitted a new draft plan of action", "drafted a new national strategy", "is developing a new National Action Plan against
    // child labor": a plan in preparation that has no name yet.
    [GeneratedRegex(@"\b(?:submitted|drafted|prepared|developed|validated|circulated|finali[sz]ed|developing|drafting|preparing)\s+(?:a|the)\s+(?<plan>(?:new\s+draft|draft(?:\s+successor)?|new)\s+(?:national\s+)?(?:plan of action|action plan|strategy|plan|NAP))\b(?!\s+(?:on|for|to|against)\s+(?-i:[A-Z]))", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedDraft();

    // The successor of a plan being made, with no title yet: "continued … the drafting of a new national framework", "agreed on a
    // draft updated strategy", "worked on drafting the next edition", "began work on a successor plan", "completed a draft of a
    // follow-up program", "Its successor, a program for 2026–2030, was drafted".
    [GeneratedRegex(@"\b(?:(?:drafting|development|preparation|elaboration)\s+of\s+(?:a|the)\s+(?<plan>new\s+(?:national\s+)?(?:plan of action|action plan|strategy|plan|framework|policy|NAP|NPA))\b(?!\s+(?:on|for|to|against)\s+(?-i:[A-Z]))|agreed\s+(?:on|upon)\s+(?:a|the)\s+(?<plan>draft\s+(?:(?:new|updated|revised)\s+)?(?:national\s+)?(?:plan of action|action plan|strategy|plan|framework|policy))\b|(?:work(?:ed|ing)\s+on|began|started|continued)\s+(?:drafting|developing|preparing)\s+(?:a|the)\s+(?<plan>(?:next|new|updated|revised)\s+(?:edition|version))|(?:began|begun|started|continued|commenced)\s+work(?:ing)?\s+(?:(?:during|in|at)\s+[^.;,]{1,25}?\s+)?on\s+(?:a|the|its)\s+(?<plan>(?:successor|new|next|follow-?up|follow-?on)\s+(?:national\s+)?(?:plan of action|action plan|strategy|plan|framework|policy|NAP|NPA))\b(?!\s+(?:on|for|to|against)\s+(?-i:[A-Z]))|(?:validated|drafted|drew\s+up|drawn\s+up|prepared|finali[sz]ed|developed|completed)\s+(?:a|the|its)\s+(?<plan>(?:successor|follow-?up)\s+(?:national\s+)?(?:plan of action|action plan|strategy|plan|program(?:me)?|framework|policy|NAP|NPA))\b|(?:completed|prepared|finali[sz]ed|produced|wrote|submitted)\s+(?:a|the)\s+draft\s+of\s+(?:a|the|its)\s+(?<plan>(?:successor|next|follow-?up|follow-?on)\s+(?:national\s+)?(?:plan of action|action plan|strategy|plan|program(?:me)?|framework|policy|NAP|NPA))\b|\b(?:its|the)\s+(?<plan>successor)\s*,\s*(?:covering|for)\s+[^,;.]{3,30},\s*(?:was|were|is|has\s+been|had\s+been)\s+(?:being\s+)?(?:drafted|prepared|developed|written|validated)\b|\b(?:its|the)\s+(?<plan>successor)\b,?\s+(?:a|the)\s+(?:new\s+)?(?:plan|program(?:me)?|strategy|policy)\b[^.;]{0,40}?,?\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:being\s+)?(?:drafted|prepared|developed|written)|\b(?:a|the|its)\s+(?<plan>(?:successor|new|next|second|third)\s+(?:national\s+)?(?:plan of action|action plan|strategy|plan|program(?:me)?|framework|policy|NAP|NPA))\s+(?:(?:for|covering)\s+(?:the\s+(?:years?|period)\s+)?(?:19|20)\d{2}\s*(?:to|[–—\-])\s*(?:19|20)?\d{2}\s+)?(?:was|were|is|has\s+been|had\s+been)\s+(?:still\s+)?(?:being\s+)?(?:drafted|prepared|developed|written|validated)\b(?![^.;]{0,60}\b(?:and|then)\s+(?:\w+\s+)?(?:adopted|approved|endorsed))|\b(?:writing|drafting|preparing|developing|(?:to|began|started)\s+(?:write|draft|prepare|develop))\s+(?:a|the|its)\s+(?<plan>(?:successor|next|second|third|replacement|follow-?up|follow-?on)\s+(?:national\s+)?(?:plan of action|action plan|strategy|plan|program(?:me)?|framework|policy|NAP|NPA))\b(?!\s+(?:on|for|to|against)\s+(?-i:[A-Z])))", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessorDraft();

    [GeneratedRegex(@"^(?<title>(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|the|and|in|for|to|against|with|by)\s+)*){0,8}(?:Plan|Policy|Strategy|Program(?:me)?|Framework|Agenda|Roadmap|Concept)(?:\s+(?:(?:of|on|the|and|in|for|to|against|with|by)\s+)*[A-Z][\w’'\-]*)*\s*\((?:19|20)\d{2}\s*[–—\-]\s*(?:19|20)?\d{2}\)\s*[†‡*]*)\s+[A-Z][a-z]+s\s+(?-i:[a-z])")]
    private static partial Regex RunInRow();

    // A draft named by apposition: "two draft policies—the …", "the draft documents: the …".
    [GeneratedRegex(@"\bdraft\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s*[—–:]\s*(?:the\s+)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DraftApposition();

    // "have expressed intentions to develop an action plan to combat child begging", "began drafting a plan to rehabilitate …",
    // "presented a proposal to prepare a comprehensive plan to reduce …", "drafted a plan to …": a plan being made, told by its purpose.
    [GeneratedRegex(@"\b(?:(?:intentions?|intend(?:s|ed)?|plans?|planned|proposals?|decided|agreed|committed)\s+to|(?:began|begun|started|continued)(?:\s+to)?)\s+(?:work\s+on|develop(?:ing)?|draft(?:ing)?|prepar(?:e|ing)|elaborat(?:e|ing)|creat(?:e|ing)|design(?:ing)?|formulat(?:e|ing))\s+(?:a|an)\s+(?:(?:new|national|comprehensive|auxiliary|separate|specific|dedicated)\s+){0,2}(?<plan>(?:action plan|plan of action|strategy|plan)\s+(?:to|for|on|against)\s+(?:[a-z][\w\-]*|ISIS|[A-Z][\w\-]*)(?:[ ][a-z][\w\-]*|[ ](?:ISIS|[A-Z][\w\-]*)){0,10})|\b(?:began|begun|started|opened|held|launched)\s+consultations\s+on\s+(?:a|an)\s+(?:(?:new|national|comprehensive)\s+){0,2}(?<plan>(?:action plan|plan of action|strategy|plan)\s+(?:to|for|on|against)\s+(?:the\s+)?[a-z][\w\-]*(?:[ ](?:[a-z][\w\-]*|[A-Z][\w\-]*)){0,10}?)(?=,|\s+which\b|\.|;)|\b(?:drafted|prepared)\s+(?:a|an)\s+(?:(?:new|national|comprehensive|separate|specific|dedicated)\s+){0,2}(?<plan>(?:action plan|plan of action|strategy|plan)\s+to\s+[a-z][\w\-]*(?:[ ](?:[a-z][\w\-]*|ISIS|[A-Z][\w\-]*)){0,10})", RegexOptions.None, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PurposeDraft();

    // "However, the Plan has yet to be adopted", "the strategy has not been validated": the plan just described is not in force.
    [GeneratedRegex(@"\bthe\s+(?:draft\s+)?(?:national\s+)?(?:action\s+)?(?:plan|strategy|policy|programme|program)\s+(?:has|had|have|is|was)\s+(?:still\s+)?(?:yet\s+to\s+be|not\s+(?:yet\s+)?been|not\s+yet)\s+(?:formally\s+|officially\s+)?(?:adopted|approved|validated|endorsed|enacted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThePlanNotAdopted();

    // "the Council of Ministers approved the plan": adoption of the plan the sentence before named.
    [GeneratedRegex(@"\b(?:approved|adopted|endorsed|validated)\s+the\s+(?:draft\s+)?(?:action\s+)?plan\b(?!\s+(?:of|on|for|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovedThePlan();

    [GeneratedRegex(@"^(?:[A-Z][\w’'\-]*\s+){0,4}(?:Action Plan|Plan of Action|National Plan|Strategy|Road ?map|Policy|Development Plan|Agenda)\b")]
    private static partial Regex StartsWithPlan();

    [GeneratedRegex(@"^(?:[A-Z][\w’'\-]*\s+){1,6}(?:Plan|Program(?:me)?)$")]
    private static partial Regex EndsWithPlanHead();

    [GeneratedRegex(@"^(?:National|State|Government)\s+Program(?:me)?\s+(?:on|for|of|to|against)\s")]
    private static partial Regex StateProgrammeStart();

    // "the National Employment Strategy and the Programme for Rural Schools": a programme joined to a plan is a plan of its own.
    [GeneratedRegex(@"^Program(?:me)?\s+(?:on|for|of|to|against)\s")]
    private static partial Regex ProgrammeFor();

    // Right after a plan's name (and its year or period): "… and the Programme for Inclusive Education".
    [GeneratedRegex(@"\G(?:\s+(?:19|20)\d{2})?(?:\s*\([^)]{1,20}\))?,?\s+and\s+(?:the|a|its|a\s+new)\s+(?<name>Program(?:me)?\s+(?:on|for|of|to|against)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|on|for|in|to|and|the|against|with)\s+)*[A-Z][\w’'\-]*)*)")]
    private static partial Regex JoinedProgramme();

    // "Succeeds the …", "replaces the 2015 …", "builds on the …", "the successor to the …": the plan named is the one before.
    [GeneratedRegex(@"\b(?:succeed(?:s|ed)|replac(?:es|ed)|supersed(?:es|ed)|builds?\s+on|built\s+on|follows?\s+(?:up\s+)?on|successor\s+(?:to|of)|continuation\s+of|follow-up\s+to)\s+(?:(?:the|its|an?|earlier|previous|former|(?:19|20)\d{2}(?:\s*[–—\-]\s*(?:19|20)?\d{2})?)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Predecessor();

    [GeneratedRegex(@"^(?:Succeed(?:s|ed)|Replac(?:es|ed)|Supersed(?:es|ed)|Builds\s+on|Built\s+on|Follows)\s")]
    private static partial Regex PredecessorLead();

    // A row whose description opens by naming a donor's own strategy or programme: "World Bank strategy for …", "UNICEF's country programme …".
    [GeneratedRegex(@"^(?:(?:A|An|The)\s+)?(?:World\s+Bank|UNICEF|UNDP|USAID|ILO|IOM|UN|United\s+Nations|EU|European\s+Union|WFP|UNHCR|UNODC|IMF|Asian\s+Development\s+Bank|African\s+Development\s+Bank|Inter-American\s+Development\s+Bank|donor)(?:’s|'s)?\s+(?:[\w\-]+\s+){0,2}?(?:strategy|framework|programme|program|plan|partnership|assistance|cooperation)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DonorDescription();

    // "has not included child labour in the National Education Strategy": the plan is where something is missing.
    [GeneratedRegex(@"\b(?:has|have|had|was|were|is|are|does|do|did)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:include|integrat|incorporat|mainstream|address|mention|cover|reflect)\w*\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedInclusion();

    // A name and nothing else, as a table row read into one line: capitalised words, small words, an acronym or quoted short name, a period, a mark.
    [GeneratedRegex(@"^(?![A-Z]\w+(?:ed|es)\b)(?!.*\.\s*\(\d)(?:[A-Z“""(][\w’'\-–—“”""().,]*|of|on|the|and|in|for|to|against|with|by|at|from|a|an)(?:\s+(?:[A-Z“""(][\w’'\-–—“”""().,]*|of|on|the|and|in|for|to|against|with|by|at|from|a|an|(?:19|20)\d{2}\s*[–—\-]\s*(?:19|20)?\d{2}\)?))*\s*[†‡*]*$")]
    private static partial Regex TitleOnly();

    [GeneratedRegex(@"\b(?:approved|adopted|ratified|endorsed|validated|launched)\s+(?:the|a)\s+(?:new\s+)?(?<name>(?:national|state)\s+(?:policy|strategy|action plan|plan of action|plan|programme|program)\s+(?:on|for|to|against)\s+[\w\s\-]{3,60}?)(?=\s*[.,;(]|\s+(?:in|on|during|by)\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovedPlanObject();

    [GeneratedRegex(@"^\s*[†‡*]")]
    private static partial Regex Footnote();

    // A policy row's description ("Identifies strategies for developing capacity") is not an event of the policy.
    [GeneratedRegex(@"(?:ing|\bof)$", RegexOptions.IgnoreCase)]
    private static partial Regex Descriptive();

    [GeneratedRegex(@"^(?:(?:the|a|new|draft|national|updated|state)\s+)*(?:NAP|NPA|(?:National\s+)?Action Plan|(?:National\s+)?Plan of Action|National Plan|Strategy|Program(?:me)?|Concept|Road ?map|Plan|Polic(?:y|ies)|Agenda)(?:\s*\((?:NAP|NPA)\))?[†‡*]?$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericPlan();

    // "an Action Plan for 2018 and 2019": the years it covers make an untitled plan the government's own.
    [GeneratedRegex(@"^\s+(?:for|covering)\s+(?:the\s+(?:years?|period)\s+)?(?:19|20)\d{2}\b")]
    private static partial Regex YearsAfterName();

    [GeneratedRegex(@"^[^,;.]{0,40}?\s*,?\s*and\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NextConjunct();

    [GeneratedRegex(@"^\s+(?:the|a|an|its|their|two|three)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OwnObject();

    [GeneratedRegex(@"(?:\b(?:an?)\s+(?:draft\s+)?(?<adjective>(?:second|third|fourth|fifth|new|follow-?on|follow-?up|successor|next|revised|updated)\s+)?|\b(?:the|its)\s+(?:draft\s+)?(?<adjective>(?:second|third|fourth|fifth|new|follow-?on|follow-?up|successor|next|revised|updated)\s+))(?:draft\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NewPlanLead();

    [GeneratedRegex(@"\b(?:the|this|that|a|new|draft)\s+(?:national\s+)?(?:action plan|plan of action|NAP|NPA|plan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanReference();

    // "…, which had not approved it": the body that adopts the plan has not; "submitted to the Cabinet for approval": it waits there.
    [GeneratedRegex(@"\b(?:draft(?:ed|ing|s)|to draft|(?:began|begun|started|opened|held|launched|initiated)\s+(?:talks|negotiations|consultations|discussions)\s+(?:on|to|about|toward|towards|for)|awaiting\s+(?:[\w’']+\s+){0,3}(?:approval|adoption|validation|signature|endorsement)|prepared\s+(?:a|the)\s+(?:new\s+)?draft|(?:circulated|shared|presented|sent\s+out)\s+(?:a|the)\s+(?:new\s+|first\s+|revised\s+|final\s+)?draft\s+of\b|prepared\s+an?\s+(?:new\s+)?(?-i:(?=[A-Z]))|(?:being|was being|been) (?:developed|drafted|prepared|revised|finali[sz]ed|written)|remain(?:ed|s)?\s+in\s+draft(?:\s+form)?|under (?:development|review|preparation)|developing|(?:is|are|was|were|been)\s+(?:still\s+|currently\s+|also\s+|now\s+)?(?:preparing|elaborating|formulating|designing|writing)|(?:develop|drafting|preparation) of|development of (?:a|an|the)\s+(?:new\s+)?(?=[A-Z])|(?:began|begin|started|continued) (?:to )?(?:develop|draft|work on|prepar)\w*|(?:began|begun|started|commenced)\s+work\s+(?:(?:during|in|at)\s+[^.;,]{1,25}?\s+)?on\s+(?:a|an|the)\s+(?:first|new|second|national)\b|finali[sz]ed and (?:sent|submitted)|expected to continue (?:developing|drafting|preparing|working on)|submitted (?:a|the) (?:new )?draft|pending\s+(?:[\w’']+\s+){0,2}(?:approval|adoption|validation|signature)|validat(?:ed|es|ion)|ha(?:s|ve|d) (?:not|yet to) (?:yet )?(?:been|be) (?:formally )?(?:approved|adopted|finali[sz]ed|endorsed|signed)|(?:was|were|is|are) not (?:yet )?(?:been )?(?:approved|adopted|finali[sz]ed|endorsed)|not yet (?:been )?(?:approved|adopted|finali[sz]ed)|ha(?:s|d) not (?:yet )?(?:approved|adopted|endorsed|validated) (?:it|them)|(?:submitted|sent|forwarded|presented) to (?:the )?(?:cabinet|council of ministers|government|parliament|president|prime minister) for (?:its |their )?(?:approval|adoption|endorsement))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftedVerb();

    [GeneratedRegex(@"\b(?:adopt(?:ed|s)|adoption of|approv(?:ed|es|al of)|launch(?:ed|es)|releas(?:ed|es)|unveil(?:ed|s)|introduc(?:ed|es)|enact(?:ed|s)|signed|endors(?:ed|es)|issued|passed|put in place|ratified|went into (?:effect|force)|came into (?:effect|force)|entered into force)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdoptedVerb();

    [GeneratedRegex(@"\b(?:expir(?:ed|es)|ended|conclud(?:ed|es)|came to an end|lapsed|no longer in (?:effect|force)|reached\s+the\s+end\s+of\s+its\s+(?:term|period|lifespan|validity|mandate))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExpiredVerb();

    [GeneratedRegex(@"\b(?:remain(?:ed|s)?\s+(?:active|in (?:effect|force|place))|implement(?:s|ed|ing)?|implementation of|continu(?:ed|es|ing)|ongoing|in place|overs(?:ee|ees|aw)|coordinat(?:ed|es)|in effect|in force|guid(?:ed|es)|assessed progress)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveVerb();
}

/// <summary>Social programmes and projects: launched, active or ended.</summary>
internal sealed partial class ProgramRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        var named = Names.Programs(text).Select(p => Names.WithoutPeriod(p.Name)).FirstOrDefault(n => !ActionPlanRule.IsPlanName(n) && !TableTitle().IsMatch(n));
        var label = sentence.Label is { } l && !ActionPlanRule.IsPlanName(l)
            && (sentence.Section == ReportSections.Programs || ProgramWord().IsMatch(l))
            && (context.FirstUnderLabel || Reference().IsMatch(text))
            ? Names.WithoutPeriod(l)
            : null;
        // "School Meals for All: Government-funded programme that…": the lead-in is the name.
        var leadIn = sentence.Label is { } own && text.StartsWith(own, StringComparison.Ordinal) && !ActionPlanRule.IsPlanName(own)
            && (named is not null || sentence.Section == ReportSections.Programs || ProgramWord().IsMatch(own))
            ? Names.WithoutPeriod(own)
            : null;
        var name = leadIn ?? named ?? label;
        if (name is null)
        {
            yield break;
        }

        foreach (var (action, pattern, confidence) in Actions)
        {
            var verb = Clauses.FirstAffirmed(text, pattern);
            if (verb is not null)
            {
                var date = action == Launched ? Clauses.DateOf(text, verb, 60)?.Iso : null;
                yield return Draft.Of(Program, action, named is null ? confidence - 0.1 : confidence, (Name, name), (Date, date));
                yield break;
            }
        }
    }

    private static readonly (string Action, Regex Pattern, double Confidence)[] Actions =
    [
        (Launched, LaunchedVerb(), 0.85),
        (Ended, EndedVerb(), 0.8),
        (Active, ActiveVerb(), 0.7),
    ];

    [GeneratedRegex(@"\b(?:program(?:me)?s?|projects?|campaigns?|initiatives?|schemes?|cent(?:er|re)s|shelters)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgramWord();

    [GeneratedRegex(@"^(?:Key|Table)\b")]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"\b(?:this|the|these|that)\s+(?:program(?:me)?s?|projects?|campaigns?|initiatives?|schemes?|cent(?:er|re)s|shelters)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:launch(?:ed|es)|start(?:ed|s)|initiat(?:ed|es)|inaugurat(?:ed|es)|began|begun|rolled out|piloted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaunchedVerb();

    [GeneratedRegex(@"\b(?:ended|conclud(?:ed|es)|clos(?:ed|es)|terminat(?:ed|es)|discontinu(?:ed|es)|expired|phased out|came to an end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndedVerb();

    [GeneratedRegex(@"\b(?:remain(?:ed|s)? active|ongoing|continu(?:ed|es|ing)|implement(?:s|ed|ing)|operat(?:ed|es|ing)|provid(?:ed|es|ing)|funded|funds|support(?:s|ed)|assist(?:s|ed)|conduct(?:ed|s)|serv(?:ed|es)|reached|aim(?:s|ed) to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveVerb();
}

/// <summary>Bodies set up or abolished: commissions, councils, units, centres, teams.</summary>
internal sealed partial class InstitutionRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        foreach (var (action, pattern) in Actions)
        {
            foreach (var verb in Clauses.Affirmed(text, pattern))
            {
                var name = NameAfter(text, verb.Index + verb.Length) ?? NameBefore(text, verb.Index);
                if (name is null || Boilerplate().IsMatch(name))
                {
                    continue;
                }

                var date = Clauses.DateOf(text, verb, 60)?.Iso;
                yield return Draft.Of(Institution, action, 0.75, (Name, name), (Date, date));
                yield break;
            }
        }
    }

    private static string? NameAfter(string text, int from)
    {
        foreach (var (name, index, _) in Names.Institutions(text))
        {
            if (index >= from && index - from <= 30)
            {
                return name;
            }
        }

        var plain = PlainObject().Match(text[from..]);
        return plain.Success ? plain.Groups["name"].Value : null;
    }

    private static string? NameBefore(string text, int verb)
    {
        foreach (var (name, index, length) in Names.Institutions(text))
        {
            var between = text[Math.Min(index + length, verb)..verb];
            var lead = text[..Math.Min(index, verb)];
            var clauseStart = Math.Max(lead.LastIndexOf(',') + 1, 0);
            if (index + length <= verb && Passive().IsMatch(between) && SubjectLead().IsMatch(lead[clauseStart..]))
            {
                return name;
            }
        }

        return null;
    }

    private static readonly (string Action, Regex Pattern)[] Actions =
    [
        (Established, EstablishedVerb()),
        (Abolished, AbolishedVerb()),
    ];

    [GeneratedRegex(@"\b(?:establish(?:ed|es)|creat(?:ed|es)|set up|founded|formed|open(?:ed|s)|convened|inaugurat(?:ed|es))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EstablishedVerb();

    [GeneratedRegex(@"\b(?:abolish(?:ed|es)|dissolv(?:ed|es)|disband(?:ed|s)|liquidat(?:ed|es)|shut down|merged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbolishedVerb();

    [GeneratedRegex(@"^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:\d+\s+)?(?:new\s+)?(?<name>(?:[\w\-]+\s+){0,4}?(?:cent(?:er|re)s?|shelters?|units?|offices?|teams?|hotlines?|commissions?|committees?|councils?|working groups?|task forces?|courts?|inspectorates?|agenc(?:y|ies)))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PlainObject();

    [GeneratedRegex(@"^\s*(?:,[^,]*,\s*)?(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^\s*(?:(?:the|a|an|in|on|by|\d{4})\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLead();

    [GeneratedRegex(@"^(?:a\s+)?(?:coordinating\s+|institutional\s+)?mechanisms?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
