using System.Security.Cryptography;
using System.Text;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// The SHA-256 of a version's text as people read it, computed on NFC text with LF line endings so that the same
/// words always give the same hash, whatever keyboard or system typed them.
/// </summary>
public static class ConductHash
{
    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n").Normalize(NormalizationForm.FormC))));
}
