using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ReportPipeline.Functions;

// The wiring lives in FunctionsAppHost, where the tests build the same host.
FunctionsApplication.CreateBuilder(args)
    .ConfigureReportPipelineFunctions()
    .Build()
    .Run();
