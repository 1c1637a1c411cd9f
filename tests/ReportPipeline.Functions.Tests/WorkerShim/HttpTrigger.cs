// Shape of Microsoft.Azure.Functions.Worker.Extensions.Http: HttpTriggerAttribute, AuthorizationLevel.
// With the ASP.NET Core integration (Extensions.Http.AspNetCore) functions take the real
// Microsoft.AspNetCore.Http.HttpRequest and return IActionResult/IResult, so nothing else is shimmed.
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

public sealed class HttpTriggerAttribute : TriggerBindingAttribute
{
    public HttpTriggerAttribute()
    {
        AuthLevel = AuthorizationLevel.Function;
    }

    public HttpTriggerAttribute(params string[] methods)
    {
        Methods = methods;
    }

    public HttpTriggerAttribute(AuthorizationLevel authLevel)
    {
        AuthLevel = authLevel;
    }

    public HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods)
    {
        AuthLevel = authLevel;
        Methods = methods;
    }

    /// <summary>Route template relative to the <c>api/</c> prefix; defaults to the function name.</summary>
    public string? Route { get; set; }

    public string[]? Methods { get; private set; }

    public AuthorizationLevel AuthLevel { get; private set; }
}

public enum AuthorizationLevel
{
    Anonymous = 0,
    User = 1,
    Function = 2,
    System = 3,
    Admin = 4,
}
