namespace ReportPipeline.Ai.Tests;

public sealed class ModelAnswerReaderTests
{
    [Fact]
    public void Fields_are_read_as_text_and_numbers_keep_their_digits()
    {
        var result = ModelAnswerReader.Read("""{"results":[{"index":0,"statements":[{"category":"enforcement_figure","action":"reported","confidence":0.8,"measure":"worksite inspections","value":6926,"name":null}]}]}""", 1);

        result.Problems.ShouldBeEmpty();
        var label = result.Answers.ShouldHaveSingleItem().Labels.ShouldHaveSingleItem();
        label.Fields.OrderBy(f => f.Key).ShouldBe([new("measure", "worksite inspections"), new("value", "6926")]);
    }

    [Fact]
    public void The_models_own_wording_of_the_sentence_is_never_read_as_a_field()
    {
        var result = ModelAnswerReader.Read("""[{"index":0,"statements":[{"category":"institution","action":"established","confidence":0.8,"name":"Council","text":"paraphrase","sentence":"paraphrase"}]}]""", 1);

        result.Answers.ShouldHaveSingleItem().Labels.ShouldHaveSingleItem().Fields.Keys.ShouldBe(["name"]);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("I think sentence 0 is a law.", "not JSON")]
    [InlineData("""{"answers":[]}""", "no results array")]
    [InlineData("""{"results":[{"statements":[]}]}""", "without an index")]
    [InlineData("""{"results":[{"index":5,"statements":[]}]}""", "outside the batch")]
    [InlineData("""{"results":[{"index":0,"statements":[{"action":"enacted","confidence":0.9}]}]}""", "without a category")]
    [InlineData("""{"results":[{"index":0,"statements":[{"category":"law","action":"enacted"}]}]}""", "numeric confidence")]
    [InlineData("""{"results":[{"index":0,"statements":[{"category":"law","action":"enacted","confidence":0.9,"name":["a"]}]}]}""", "neither text nor a number")]
    public void Unreadable_answers_become_problems_not_labels(string content, string expected)
    {
        var result = ModelAnswerReader.Read(content, 2);

        result.Answers.SelectMany(a => a.Labels).ShouldBeEmpty();
        result.Problems.ShouldHaveSingleItem().ShouldContain(expected);
    }
}
