namespace ChildSafety.Core.Security;

/// <summary>A named right, declared once by the module that protects something with it.</summary>
public sealed record Permission(string Name, string Description)
{
    public string PolicyName => $"Permission:{Name}";
}
