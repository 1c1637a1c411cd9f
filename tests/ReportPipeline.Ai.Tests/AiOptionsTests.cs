using Microsoft.Extensions.Configuration;

namespace ReportPipeline.Ai.Tests;

public sealed class AiOptionsTests
{
    /// <summary>Later settings win, as with layered configuration sources.</summary>
    private static AiOptions Read(params (string Key, string Value)[] settings) =>
        AiOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(
            settings.GroupBy(s => s.Key).Select(g => new KeyValuePair<string, string?>(g.Key, g.Last().Value))).Build());

    [Fact]
    public void No_endpoint_means_no_model()
    {
        var options = Read();

        options.IsConfigured.ShouldBeFalse();
        options.UseDuringIngest.ShouldBeFalse();
    }

    [Fact]
    public void Settings_are_read_from_the_ReportPipeline_Ai_section()
    {
        var options = Read(
            ("ReportPipeline:Ai:Endpoint", "http://localhost:11434/v1"),
            ("ReportPipeline:Ai:Model", "llama3.1"),
            ("ReportPipeline:Ai:UseDuringIngest", "true"),
            ("ReportPipeline:Ai:RequestTimeout", "45"),
            ("ReportPipeline:Ai:DocumentTimeout", "00:01:00"),
            ("ReportPipeline:Ai:BatchSize", "10"),
            ("ReportPipeline:Ai:ResponseFormat", "json_object"));

        options.IsConfigured.ShouldBeTrue();
        options.Endpoint.ShouldBe(new Uri("http://localhost:11434/v1"));
        options.Model.ShouldBe("llama3.1");
        options.ApiKey.ShouldBeNull();
        options.UseDuringIngest.ShouldBeTrue();
        options.RequestTimeout.ShouldBe(TimeSpan.FromSeconds(45));
        options.Layering.DocumentTimeout.ShouldBe(TimeSpan.FromMinutes(1));
        options.Layering.BatchSize.ShouldBe(10);
        options.ResponseFormat.ShouldBe(AiOptions.JsonObjectFormat);
    }

    [Fact]
    public void Environment_variables_override_with_double_underscores()
    {
        const string name = "ReportPipeline__Ai__Model";
        var endpoint = "ReportPipeline__Ai__Endpoint";
        Environment.SetEnvironmentVariable(endpoint, "https://example.openai.azure.com/openai/v1");
        Environment.SetEnvironmentVariable(name, "gpt-4o-mini");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection([new("ReportPipeline:Ai:Model", "from-file")])
                .AddEnvironmentVariables()
                .Build();

            var options = AiOptions.FromConfiguration(configuration);

            options.Endpoint.ShouldBe(new Uri("https://example.openai.azure.com/openai/v1"));
            options.Model.ShouldBe("gpt-4o-mini");
        }
        finally
        {
            Environment.SetEnvironmentVariable(endpoint, null);
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Theory]
    [InlineData("ReportPipeline:Ai:Endpoint", "localhost:11434", "is not an http(s) address")]
    [InlineData("ReportPipeline:Ai:ResponseFormat", "xml", "ResponseFormat must be")]
    [InlineData("ReportPipeline:Ai:MaxRetries", "many", "MaxRetries must be a whole number")]
    [InlineData("ReportPipeline:Ai:BatchSize", "0", "BatchSize")]
    [InlineData("ReportPipeline:Ai:ConfidenceThreshold", "2", "ConfidenceThreshold")]
    public void Wrong_settings_are_named_in_the_error(string key, string value, string expected)
    {
        var error = Should.Throw<AiConfigurationException>(() => Read(("ReportPipeline:Ai:Endpoint", "http://127.0.0.1:9/v1"), ("ReportPipeline:Ai:Model", "m"), (key, value)));

        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void An_endpoint_without_a_model_is_an_error()
    {
        Should.Throw<AiConfigurationException>(() => Read(("ReportPipeline:Ai:Endpoint", "http://127.0.0.1:9/v1")))
            .Message.ShouldContain("Model");
    }
}
