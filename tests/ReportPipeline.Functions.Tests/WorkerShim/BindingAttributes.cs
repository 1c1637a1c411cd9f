// Shape of Microsoft.Azure.Functions.Worker.Extensions.Abstractions (azure-functions-dotnet-worker,
// extensions/Worker.Extensions.Abstractions/src). Only what the function classes touch.
namespace Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

[AttributeUsage(AttributeTargets.Method)]
public abstract class BindingAttribute : Attribute;

[AttributeUsage(AttributeTargets.Parameter)]
public abstract class TriggerBindingAttribute : BindingAttribute;

[AttributeUsage(AttributeTargets.Parameter)]
public abstract class InputBindingAttribute : BindingAttribute;

[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public abstract class OutputBindingAttribute : BindingAttribute;
