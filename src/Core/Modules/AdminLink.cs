using ChildSafety.Core.Security;

namespace ChildSafety.Core.Modules;

/// <summary>
/// A card a module puts on the administration home page, shown to those holding <see cref="Permission"/>.
/// <see cref="Title"/> and <see cref="Description"/> are keys of the module's own localizer <see cref="TextResource"/>.
/// </summary>
public sealed record AdminLink(string Title, string Description, string Url, Permission Permission, Type TextResource);
