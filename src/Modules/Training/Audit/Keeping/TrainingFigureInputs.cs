using ChildSafety.Core.Figures;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Curriculum;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChildSafety.Training.Audit.Keeping;

/// <summary>
/// The Training records the indicators count, and whose figures each can alter: a person's certificates and
/// answers to the code, their organization's; a rule or a code of conduct, every organization under the one that
/// made it; a school's activities, integration entries and family commitment, that school's. Where an entity moves
/// between organizations, both.
/// </summary>
public sealed class TrainingFigureInputs : IFigureInputs
{
    public IEnumerable<FigureScope> Affected(EntityEntry entry) => entry.Entity switch
    {
        Certificate certificate => [FigureScope.Person(certificate.PersonId)],
        Acknowledgment acknowledgment => [FigureScope.Person(acknowledgment.PersonId)],
        Assignment => Both(entry, FigureScope.Subtree),
        ConductPolicy => Both(entry, FigureScope.Subtree),
        ConductVersion version => [FigureScope.SubtreeOf("ConductPolicies", version.PolicyId)],
        AwarenessActivity or IntegrationEntry or FamilyCommitment => Both(entry, FigureScope.Organization),
        CommitmentInvitation invitation => [FigureScope.OrganizationOf("FamilyCommitments", invitation.CommitmentId)],
        _ => [],
    };

    /// <summary>The organization the entity was saved under and the one it is saved under now.</summary>
    private static IEnumerable<FigureScope> Both(EntityEntry entry, Func<int, FigureScope> scope)
    {
        var organization = entry.Property("OrganizationId");
        return [scope((int)organization.OriginalValue!), scope((int)organization.CurrentValue!)];
    }
}
