using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChildSafety.Core.Figures;

/// <summary>
/// A module's answer to "which organizations' figures can this saved change alter?", for the entities its records
/// are counted from. <see cref="FigureInvalidation"/> asks every registered one about every added, modified or
/// deleted entity of a save; an entity no module knows alters nothing.
/// </summary>
public interface IFigureInputs
{
    IEnumerable<FigureScope> Affected(EntityEntry entry);
}
