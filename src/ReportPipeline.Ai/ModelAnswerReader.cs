using System.Text.Json;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Ai;

/// <summary>
/// Reads a model's reply into labels. Lenient about the wrapping (a code fence, a bare array
/// instead of <c>{"results": …}</c>), strict about the content: anything it cannot read as a
/// label becomes a problem, never a guess. Vocabulary checks happen in Core.
/// </summary>
public static class ModelAnswerReader
{
    private static readonly HashSet<string> LabelKeys = new(StringComparer.Ordinal) { "category", "action", "confidence" };

    /// <summary>A model may echo or paraphrase the sentence; its words are never kept, the document's sentence is the text.</summary>
    private static readonly HashSet<string> IgnoredKeys = new(StringComparer.Ordinal) { "text", "sentence", "evidence" };

    public static ModelBatchResult Read(string? content, int batchSize)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(content))
        {
            return new ModelBatchResult([], ["the answer is empty"]);
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(StripFence(content));
        }
        catch (JsonException ex)
        {
            return new ModelBatchResult([], [$"the answer is not JSON ({ex.Message}): {Shorten(content)}"]);
        }

        using (json)
        {
            var results = json.RootElement.ValueKind switch
            {
                JsonValueKind.Array => json.RootElement,
                JsonValueKind.Object when json.RootElement.TryGetProperty("results", out var r) && r.ValueKind == JsonValueKind.Array => r,
                _ => (JsonElement?)null,
            };
            if (results is not { } items)
            {
                return new ModelBatchResult([], [$"the answer has no results array: {Shorten(content)}"]);
            }

            var answers = new List<SentenceAnswer>();
            var seen = new HashSet<int>();
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("index", out var indexElement) || !indexElement.TryGetInt32(out var index)
                    || !item.TryGetProperty("statements", out var statements) || statements.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"a result without an index and a statements list: {Shorten(item.GetRawText())}");
                    continue;
                }

                if (index < 0 || index >= batchSize || !seen.Add(index))
                {
                    problems.Add($"result index {index} is outside the batch of {batchSize} or repeated");
                    continue;
                }

                var labels = new List<StatementLabel>();
                foreach (var statement in statements.EnumerateArray())
                {
                    if (ReadLabel(statement, out var problem) is { } label)
                    {
                        labels.Add(label);
                    }
                    else
                    {
                        problems.Add($"sentence {index}: {problem}");
                    }
                }

                answers.Add(new SentenceAnswer(index, labels));
            }

            return new ModelBatchResult(answers, problems);
        }
    }

    private static StatementLabel? ReadLabel(JsonElement statement, out string? problem)
    {
        if (statement.ValueKind != JsonValueKind.Object)
        {
            problem = $"a statement that is not an object: {Shorten(statement.GetRawText())}";
            return null;
        }

        if (!statement.TryGetProperty("category", out var category) || category.ValueKind != JsonValueKind.String)
        {
            problem = $"a statement without a category: {Shorten(statement.GetRawText())}";
            return null;
        }

        string? action = null;
        if (statement.TryGetProperty("action", out var actionElement) && actionElement.ValueKind != JsonValueKind.Null)
        {
            if (actionElement.ValueKind != JsonValueKind.String)
            {
                problem = $"action is not a string: {Shorten(statement.GetRawText())}";
                return null;
            }

            action = actionElement.GetString();
        }

        if (!statement.TryGetProperty("confidence", out var confidenceElement) || !confidenceElement.TryGetDouble(out var confidence))
        {
            problem = $"a statement without a numeric confidence: {Shorten(statement.GetRawText())}";
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in statement.EnumerateObject().Where(p => !LabelKeys.Contains(p.Name) && !IgnoredKeys.Contains(p.Name)))
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    fields[property.Name] = property.Value.GetString()!;
                    break;
                case JsonValueKind.Number:
                    // Figures are kept as the digits the model wrote, e.g. 6926 or 12.5.
                    fields[property.Name] = property.Value.GetRawText();
                    break;
                default:
                    problem = $"field '{property.Name}' is neither text nor a number: {Shorten(statement.GetRawText())}";
                    return null;
            }
        }

        problem = null;
        return new StatementLabel(category.GetString()!, action, fields, confidence);
    }

    /// <summary>Models in plain-text mode often wrap JSON in a Markdown fence.</summary>
    private static string StripFence(string content)
    {
        var text = content.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var closing = text.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd > 0 && closing > firstLineEnd ? text[(firstLineEnd + 1)..closing] : text;
    }

    private static string Shorten(string text) =>
        text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 199), "…");
}
