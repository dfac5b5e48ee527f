using ChildSafety.Training.Assignments;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>
/// Specs that write assignments straight to the database stand for an officer's change, and an officer's change
/// evicts the live assignments the learners' pages keep (<see cref="LiveAssignments"/>): such specs evict too.
/// </summary>
internal static class DirectAssignmentWrites
{
    public static Task EvictLiveAssignmentsAsync(this IServiceProvider services) =>
        services.GetRequiredService<LiveAssignments>().EvictAsync(default);
}
