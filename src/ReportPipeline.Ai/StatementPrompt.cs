using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Ai;

/// <summary>
/// The instructions and answer schema sent with every batch, generated from
/// <see cref="StatementSchema"/> so that the prompt and the validation never disagree.
/// </summary>
public static class StatementPrompt
{
    /// <summary>Bump when the prompt or the answer shape changes: cached answers of another revision are not reused.</summary>
    public const string Revision = "statements-4";

    private static readonly IReadOnlyDictionary<string, string> InstrumentNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ilo_c29"] = "ILO Forced Labour Convention (C29)",
        ["ilo_p29"] = "Protocol of 2014 to the Forced Labour Convention (P29)",
        ["ilo_c105"] = "ILO Abolition of Forced Labour Convention (C105)",
        ["ilo_c138"] = "ILO Minimum Age Convention (C138)",
        ["ilo_c182"] = "ILO Worst Forms of Child Labour Convention (C182)",
        ["un_crc"] = "UN Convention on the Rights of the Child",
        ["un_crc_op_armed_conflict"] = "CRC Optional Protocol on the involvement of children in armed conflict",
        ["un_crc_op_sale_of_children"] = "CRC Optional Protocol on the sale of children, child prostitution and child pornography",
        ["un_crc_op_communications"] = "CRC Optional Protocol on a communications procedure",
        ["palermo_protocol"] = "Palermo Protocol (UN protocol on trafficking in persons)",
    };

    public static string SystemMessage { get; } = BuildSystemMessage();

    /// <summary>The strict JSON schema for <c>json_schema</c> response format: every field present, null when not stated.</summary>
    public static BinaryData AnswerSchema { get; } = BuildSchema();

    public static string UserMessage(IReadOnlyList<string> sentences, DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(document);
        var context = new StringBuilder();
        context.Append("Report: ").Append(document.Source);
        if (document.Country is not null) context.Append(", country ").Append(document.Country);
        if (document.Year is { } year) context.Append(", reporting year ").Append(year.ToString(CultureInfo.InvariantCulture));
        var items = new JsonArray();
        for (var i = 0; i < sentences.Count; i++)
        {
            items.Add(new JsonObject { ["index"] = i, ["sentence"] = sentences[i] });
        }

        return $"{context}.\nClassify each of these {sentences.Count} sentences:\n{items.ToJsonString()}";
    }

    private static string BuildSystemMessage()
    {
        var text = new StringBuilder();
        text.AppendLine("You classify sentences from labour-rights reports (child labour, forced labour, labour inspection) into statements of what happened.");
        text.AppendLine("For every sentence you receive, answer with its index and the list of statements it makes. A sentence may make several statements, or none: then its list is empty.");
        text.AppendLine("Use only this vocabulary (category: actions; fields):");
        foreach (var category in StatementSchema.Categories)
        {
            text.Append("- ").Append(category).Append(": ")
                .AppendJoin(", ", StatementSchema.ActionsOf(category).Order(StringComparer.Ordinal))
                .Append("; fields ").AppendJoin(", ", StatementSchema.FieldsOf(category).Order(StringComparer.Ordinal))
                .AppendLine();
        }

        text.AppendLine("Field values:");
        text.AppendLine("- until, date: ISO dates, yyyy-MM-dd; yyyy-MM or yyyy when the sentence gives no day or month.");
        text.AppendLine("- period: a year range such as 2024-2026, or one year.");
        text.Append("- instrument: one of ").AppendJoin("; ", InstrumentNames.Select(i => $"{i.Key} = {i.Value}")).AppendLine(".");
        text.Append("- area: one of ").AppendJoin(", ", StatementSchema.SuggestedActionAreas.Order(StringComparer.Ordinal)).AppendLine(".");
        text.Append("- level: one of ").AppendJoin(", ", StatementSchema.AssessmentLevels.Order(StringComparer.Ordinal)).AppendLine(".");
        text.AppendLine("- value: a number as digits, or Unknown; measure: what was counted, e.g. labor inspectors, worksite inspections, criminal convictions.");
        text.AppendLine("- kind (law only): law, or agreement for a memorandum, protocol or agreement signed between governments.");
        text.AppendLine("- name, scope, condition: short phrases copied from the sentence; condition is when inspections are still allowed. A ratification gives its instrument key, or the treaty's name when it has no key.");
        text.AppendLine("- date: when the event happened or takes effect, if the sentence says (the date of the event, not a year naming the thing, as in 'a 2019 moratorium').");
        text.AppendLine("Events, not keywords:");
        text.AppendLine("- The action comes from the sentence's governing verb with its tense, negation and modality: 'went into effect', 'placed', 'suspended' impose; 'removed', 'rescinded', 'overturned', 'expired' lift a moratorium, ease a restriction or repeal a law; 'developing', 'has yet to be finalized', 'validated but not approved' are drafted; 'approved', 'passed', 'endorsed' are adopted. A verb in a subordinate clause ('Although the moratorium expired in 2022, it remained in place in 2021') does not govern.");
        text.AppendLine("- Suggested actions ('Adopt a policy ...'), denied and modal verbs ('did not extend', 'plans to lift', 'could suspend') are no events.");
        text.AppendLine("- An event dated before the reporting year is background: label what holds in the reporting year (a moratorium imposed or extended earlier and still running is continued; a plan adopted earlier is active). A moratorium whose announced end falls after the reporting year is continued with that date as until.");
        text.AppendLine("- inspection_moratorium is any stop on inspections, whatever the words: a moratorium, 'suspended all inspections', inspections that need the cabinet's or a ministry's approval, no inspections of businesses below an income threshold. inspection_restriction is a limit on how inspections happen (advance notice, unannounced visits only with evidence or a prosecutor's approval, frequency caps); never both for the same words.");
        text.AppendLine("- Each plan or law a sentence names is its own statement. National strategies, state programmes and concepts that are the basis of a plan are action_plan; memoranda of understanding, donor strategies and declarations are not.");
        text.AppendLine("- Rows of legal-framework or ratification tables and descriptions of an agency's role state no law, plan, moratorium or ratification.");
        text.AppendLine("Rules: classify only what the sentence itself states; never guess a value it does not give (use null). A statement that something did not happen is not that action, except 'has not ratified', which is ratification not_ratified.");
        text.AppendLine("confidence is your probability (0 to 1) that the statement is right.");
        text.AppendLine("""Answer with JSON only, in this shape: {"results":[{"index":0,"statements":[{"category":"law","action":"enacted","confidence":0.9,"name":"Labour Code","date":"2023-01-01", ...other fields null}]}]}""");
        return text.ToString();
    }

    private static BinaryData BuildSchema()
    {
        var nullableString = () => new JsonObject { ["type"] = new JsonArray("string", "null") };
        var statementProperties = new JsonObject
        {
            ["category"] = new JsonObject { ["type"] = "string", ["enum"] = ToArray([.. StatementSchema.Categories, StatementSchema.Other]) },
            ["action"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["enum"] = ToArray([.. StatementSchema.AllActions, null]) },
            ["confidence"] = new JsonObject { ["type"] = "number" },
        };
        foreach (var field in StatementSchema.AllFields)
        {
            statementProperties[field] = nullableString();
        }

        var statement = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = statementProperties,
            ["required"] = ToArray([.. statementProperties.Select(p => p.Key)]),
            ["additionalProperties"] = false,
        };
        var result = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["index"] = new JsonObject { ["type"] = "integer" },
                ["statements"] = new JsonObject { ["type"] = "array", ["items"] = statement },
            },
            ["required"] = new JsonArray("index", "statements"),
            ["additionalProperties"] = false,
        };
        var root = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["results"] = new JsonObject { ["type"] = "array", ["items"] = result } },
            ["required"] = new JsonArray("results"),
            ["additionalProperties"] = false,
        };
        return BinaryData.FromString(root.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }

    private static JsonArray ToArray(IEnumerable<string?> values) => new([.. values.Select(v => v is null ? null : JsonValue.Create(v))]);
}
