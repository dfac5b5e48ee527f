using ChildSafety.Core.Organizations;

namespace ChildSafety.Training.Assignments;

/// <summary>An organization as the assignment rules see it: where it sits in the tree and the level it teaches.</summary>
public sealed record StaffPlace(int Id, string Path, SchoolLevel? Level);
