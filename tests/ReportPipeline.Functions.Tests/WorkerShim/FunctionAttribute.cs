// Shape of Microsoft.Azure.Functions.Worker.FunctionAttribute (Microsoft.Azure.Functions.Worker.Core).
namespace Microsoft.Azure.Functions.Worker;

[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
