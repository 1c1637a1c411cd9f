using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Web.Dashboard;

namespace ReportPipeline.Functions;

/// <summary>
/// The dashboard page and its script and style, embedded in ReportPipeline.Web. It lives at
/// /dashboard rather than / because the Functions host keeps its own page at the root.
/// </summary>
public sealed class DashboardFunctions
{
    [Function("Dashboard")]
    public IResult Dashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest req) =>
        DashboardEndpoints.Asset("index.html");

    [Function("DashboardAsset")]
    public IResult DashboardAsset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/{file}")] HttpRequest req,
        string file) =>
        DashboardEndpoints.Asset(file);
}
