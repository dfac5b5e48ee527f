namespace ChildSafety.Core.Figures;

/// <summary>
/// The organizations whose kept figures a change can alter: one organization, or everything under it, named by its
/// id or — when the changed entity only knows a parent record — by the <c>OrganizationId</c> column of the row
/// <see cref="Id"/> of <see cref="Table"/>, read in the writing transaction.
/// </summary>
public readonly record struct FigureScope(FigureScopeKind Kind, long Id = 0, string? Table = null, Guid PersonId = default)
{
    public static FigureScope Organization(int id) => new(FigureScopeKind.Organization, id);

    /// <summary>The organization the row's <c>OrganizationId</c> names, e.g. a commitment's for one of its invitations.</summary>
    public static FigureScope OrganizationOf(string table, long id) => new(FigureScopeKind.Organization, id, table);

    /// <summary>The organization the person belongs to now.</summary>
    public static FigureScope Person(Guid id) => new(FigureScopeKind.Person, PersonId: id);

    /// <summary>The organization and everything under it: a rule or a code of conduct made there.</summary>
    public static FigureScope Subtree(int id) => new(FigureScopeKind.Subtree, id);

    /// <summary>Everything under the organization the row's <c>OrganizationId</c> names, e.g. a conduct policy's for one of its versions.</summary>
    public static FigureScope SubtreeOf(string table, long id) => new(FigureScopeKind.Subtree, id, table);

    /// <summary>Every organization: the tree itself changed.</summary>
    public static FigureScope Everything { get; } = new(FigureScopeKind.Everything);
}

public enum FigureScopeKind
{
    Organization,
    Person,
    Subtree,
    Everything,
}
