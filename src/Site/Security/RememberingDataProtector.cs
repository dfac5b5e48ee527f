using Microsoft.AspNetCore.DataProtection;

namespace ChildSafety.Site.Security;

/// <summary>
/// A data protector that remembers what it has decrypted (<see cref="UnprotectedPayloads"/>). Every request
/// presents the same sign-in cookie, and every answer save the same antiforgery cookie and form token, each of which
/// took a key derivation, a MAC check and a decryption: a tenth of the quiz flow's CPU. A payload is remembered only
/// after it decrypted, under the purposes it decrypted with, so a hit gives exactly what the key ring would give;
/// a key revoked in the database stops a remembered payload at the latest when its entry lapses
/// (<see cref="UnprotectedPayloads.Lifetime"/>), well within the key ring's own refresh.
/// </summary>
public sealed class RememberingDataProtector(IDataProtector inner, UnprotectedPayloads payloads, string purposes) : IDataProtector
{
    /// <summary>The provider the site's services are given in place of the key ring's own.</summary>
    public static IDataProtectionProvider Around(IDataProtectionProvider provider, UnprotectedPayloads payloads) =>
        new Provider(provider, payloads);

    public IDataProtector CreateProtector(string purpose) =>
        new RememberingDataProtector(inner.CreateProtector(purpose), payloads, Chain(purposes, purpose));

    public byte[] Protect(byte[] plaintext) => inner.Protect(plaintext);

    public byte[] Unprotect(byte[] protectedData)
    {
        if (payloads.TryGet(purposes, protectedData, out var remembered))
        {
            return remembered;
        }
        var plaintext = inner.Unprotect(protectedData);
        payloads.Remember(purposes, protectedData, plaintext);
        return plaintext;
    }

    /// <summary>Each purpose prefixed by its length, so that no two different chains read the same.</summary>
    private static string Chain(string purposes, string purpose) => $"{purposes}{purpose.Length}:{purpose}";

    private sealed class Provider(IDataProtectionProvider inner, UnprotectedPayloads payloads) : IDataProtectionProvider
    {
        public IDataProtector CreateProtector(string purpose) =>
            new RememberingDataProtector(inner.CreateProtector(purpose), payloads, Chain("", purpose));
    }
}
