using ChildSafety.Core;
using ChildSafety.Core.Data;
using ChildSafety.Core.Files;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Curriculum;

/// <summary>Evidence files of lessons and activities, kept under <c>{DataPath}/curriculum-evidence</c>.</summary>
public sealed class CurriculumEvidence(DatabaseSettings database, IStringLocalizer<TrainingText> text)
{
    private string Folder => Path.Combine(database.DataPath, "curriculum-evidence");

    /// <summary>The stored file's name, null when nothing was uploaded, or a message for the "Evidence" field.</summary>
    public async Task<(string? Name, Outcome Outcome)> AcceptAsync(Stream? content, long length, CancellationToken cancellationToken)
    {
        var (name, problem) = await EvidenceFile.AcceptAsync(content, length, Folder, cancellationToken).ConfigureAwait(false);
        return problem switch
        {
            EvidenceProblem.TooLarge => (null, Outcome.Fail("Evidence", text["Tệp minh chứng lớn tối đa 10 MB."])),
            EvidenceProblem.WrongKind => (null, Outcome.Fail("Evidence", text["Tệp minh chứng phải là PDF, JPEG hoặc PNG."])),
            _ => (name, Outcome.Success),
        };
    }

    public string? Locate(string name) => EvidenceFile.Locate(Folder, name);

    public void Delete(string? name)
    {
        if (name is not null && Locate(name) is { } path)
        {
            File.Delete(path);
        }
    }
}
