using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Site.Security;

/// <summary>
/// Payloads the site has decrypted lately, by purposes and protected bytes, in a cache of its own bounded by bytes:
/// a few thousand signed-in people's cookies and tokens. Callers get a copy, never the remembered array.
/// </summary>
public sealed class UnprotectedPayloads : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Cookies and tokens are a few hundred bytes; anything larger is not what this is for.</summary>
    private const int LargestRemembered = 4096;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 16 * 1024 * 1024 });

    public bool TryGet(string purposes, byte[] protectedData, out byte[] plaintext)
    {
        if (cache.TryGetValue(new Key(purposes, protectedData), out byte[]? remembered) && remembered is not null)
        {
            plaintext = (byte[])remembered.Clone();
            return true;
        }
        plaintext = [];
        return false;
    }

    public void Remember(string purposes, byte[] protectedData, byte[] plaintext)
    {
        if (protectedData.Length > LargestRemembered || plaintext.Length > LargestRemembered)
        {
            return;
        }
        cache.Set(new Key(purposes, (byte[])protectedData.Clone()), (byte[])plaintext.Clone(), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = Lifetime,
            Size = purposes.Length * sizeof(char) + protectedData.Length + plaintext.Length,
        });
    }

    public void Dispose() => cache.Dispose();

    private readonly struct Key(string purposes, byte[] protectedData) : IEquatable<Key>
    {
        private readonly string purposes = purposes;
        private readonly byte[] protectedData = protectedData;
        private readonly int hash = HashOf(purposes, protectedData);

        public bool Equals(Key other) =>
            other.hash == hash && other.purposes == purposes && other.protectedData.AsSpan().SequenceEqual(protectedData);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => hash;

        private static int HashOf(string purposes, byte[] protectedData)
        {
            var hash = new HashCode();
            hash.Add(purposes);
            hash.AddBytes(protectedData);
            return hash.ToHashCode();
        }
    }
}
