using System.Security.Cryptography;
using System.Text;

namespace ChildSafety.Training.Commitments;

/// <summary>The secret in a parent's link: 128 random bits, URL-safe; the database keeps only its SHA-256.</summary>
public static class CommitmentToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
