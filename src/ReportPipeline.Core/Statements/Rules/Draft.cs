namespace ReportPipeline.Core.Statements.Rules;

/// <summary>What a rule found in one sentence, before it becomes a <see cref="Model.Statement"/> with text and position.</summary>
internal sealed record Draft(string Category, string? Action, double Confidence, IReadOnlyDictionary<string, string> Fields)
{
    public static Draft Of(string category, string? action, double confidence, params (string Name, string? Value)[] fields)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                map[name] = value;
            }
        }

        return new Draft(category, action, confidence, map);
    }
}

/// <summary>What rules may know beyond one sentence: the document, and facts gathered from all its sentences.</summary>
internal sealed class RuleContext(Model.DocumentInfo document)
{
    public Model.DocumentInfo Document { get; } = document;

    /// <summary>The scope the document gives its moratorium somewhere ("all worksite inspections"); used when a sentence says only "the moratorium".</summary>
    public string? MoratoriumScope { get; set; }

    /// <summary>Some sentence of the document tells of a stop on inspections; only then can a sentence that allows them again lift one.</summary>
    public bool HasMoratorium { get; set; }

    /// <summary>The sentence just before told a stop on inspections, for "Decree No. 6 prolonged it until …".</summary>
    public bool PreviousTellsStop { get; set; }

    /// <summary>True for the first sentence under a new label (the row or lead-in that names a plan or programme).</summary>
    public bool FirstUnderLabel { get; set; }

    /// <summary>The law statement of the sentence just before, for "The changes were approved …", which names no law of its own.</summary>
    public Draft? PreviousLaw { get; set; }

    /// <summary>The law statement of one of the last two sentences, for "It entered into force on May 1." a sentence after the law was made.</summary>
    public Draft? RecentLaw { get; set; }

    /// <summary>The plan the sentence just before named (with or without a title), for "the Council of Ministers approved the plan".</summary>
    public string? PreviousPlanName { get; set; }

    /// <summary>
    /// The plan named in one of the last three sentences (a heading or a new table row ends the reach), for "However, the Plan has yet to be adopted" two sentences
    /// after the plan was described: a longer reach than <see cref="PreviousPlanName"/>, used only for a plan said to be unadopted.
    /// </summary>
    public string? RecentPlanName { get; set; }

    /// <summary>One of the next three sentences says a bill still waits for the other chamber ("However, the Senate had not approved the bill").</summary>
    public bool NextTellsBillPending { get; set; }
}

/// <summary>A rule reads one sentence and returns what it states in its category.</summary>
internal interface ISentenceRule
{
    IEnumerable<Draft> Match(Sentence sentence, RuleContext context);
}
