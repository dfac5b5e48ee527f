using System.Security.Cryptography;
using System.Text;
using ChildSafety.Site.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Security;

/// <summary>A remembered payload gives what the key ring would give, and nothing the key ring would refuse.</summary>
public sealed class RememberingDataProtectorTests : IDisposable
{
    private readonly UnprotectedPayloads payloads = new();
    private readonly CountingProvider keyRing = new(new EphemeralDataProtectionProvider());

    [Fact]
    public void A_payload_presented_again_is_not_decrypted_again()
    {
        var protector = Provider().CreateProtector("sign-in");
        var cookie = protector.Protect(Bytes("ticket"));

        Assert.Equal("ticket", Text(protector.Unprotect(cookie)));
        Assert.Equal("ticket", Text(Provider().CreateProtector("sign-in").Unprotect(cookie)));

        Assert.Equal(1, keyRing.Decryptions);
    }

    [Fact]
    public void A_payload_remembered_for_one_purpose_is_refused_for_another()
    {
        var cookie = Provider().CreateProtector("sign-in").Protect(Bytes("ticket"));
        Provider().CreateProtector("sign-in").Unprotect(cookie);

        Assert.ThrowsAny<CryptographicException>(() => Provider().CreateProtector("antiforgery").Unprotect(cookie));
        Assert.ThrowsAny<CryptographicException>(() => Provider().CreateProtector("sign").CreateProtector("-in").Unprotect(cookie));
    }

    [Fact]
    public void Purposes_chained_are_remembered_as_a_chain()
    {
        var protector = Provider().CreateProtector("cookies").CreateProtector("scheme");
        var cookie = protector.Protect(Bytes("ticket"));
        protector.Unprotect(cookie);

        Assert.Equal("ticket", Text(Provider().CreateProtector("cookies").CreateProtector("scheme").Unprotect(cookie)));
        Assert.ThrowsAny<CryptographicException>(() => Provider().CreateProtector("cookies").Unprotect(cookie));
    }

    [Fact]
    public void A_tampered_payload_is_refused_every_time()
    {
        var protector = Provider().CreateProtector("sign-in");
        var cookie = protector.Protect(Bytes("ticket"));
        cookie[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(cookie));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(cookie));
        Assert.Equal(2, keyRing.Decryptions);
    }

    [Fact]
    public void A_caller_changing_what_it_was_given_changes_nothing_remembered()
    {
        var protector = Provider().CreateProtector("sign-in");
        var cookie = protector.Protect(Bytes("ticket"));

        protector.Unprotect(cookie)[0] = (byte)'X';
        protector.Unprotect(cookie)[0] = (byte)'Y';

        Assert.Equal("ticket", Text(protector.Unprotect(cookie)));
    }

    [Fact]
    public void The_site_decrypts_through_the_remembering_provider()
    {
        var keys = Directory.CreateTempSubdirectory("keys-");
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("ChildSafety").PersistKeysToFileSystem(keys);
        services.RememberUnprotectedPayloads();
        using var provider = services.BuildServiceProvider();

        var protector = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in");

        Assert.IsType<RememberingDataProtector>(protector);
        Assert.Equal("ticket", Text(protector.Unprotect(protector.Protect(Bytes("ticket")))));
        keys.Delete(recursive: true);
    }

    public void Dispose() => payloads.Dispose();

    private IDataProtectionProvider Provider() => RememberingDataProtector.Around(keyRing, payloads);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private sealed class CountingProvider(IDataProtectionProvider inner) : IDataProtectionProvider
    {
        public int Decryptions { get; private set; }

        public IDataProtector CreateProtector(string purpose) => new Counting(inner.CreateProtector(purpose), this);

        private sealed class Counting(IDataProtector inner, CountingProvider counts) : IDataProtector
        {
            public IDataProtector CreateProtector(string purpose) => new Counting(inner.CreateProtector(purpose), counts);

            public byte[] Protect(byte[] plaintext) => inner.Protect(plaintext);

            public byte[] Unprotect(byte[] protectedData)
            {
                counts.Decryptions++;
                return inner.Unprotect(protectedData);
            }
        }
    }
}
