using ChildSafety.Content.Data;
using ChildSafety.Content.Schools;
using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChildSafety.Content.Demo;

/// <summary>
/// The demo schools' reporting channels from <c>content/reporting-channels.yml</c>. A school that already has a
/// record keeps it, so a restart never undoes what the school's staff typed.
/// </summary>
internal sealed class DemoChannelsLoader(ContentDbContext db, CoreDbContext core, TimeProvider clock, ILogger<DemoChannelsLoader> logger) : IDemoContent
{
    public const string FileName = "reporting-channels.yml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public int Order => 0;

    public async Task LoadAsync(string contentFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(contentFolder, FileName);
        if (!File.Exists(path))
        {
            return;
        }
        var file = Yaml.Deserialize<ChannelsFile>(await File.ReadAllTextAsync(path, cancellationToken)) ?? new ChannelsFile();
        var codes = file.Channels.Keys.ToList();
        var schools = await core.Organizations.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        var existing = await db.ReportingChannels.Select(c => c.OrganizationId).ToListAsync(cancellationToken);
        foreach (var (code, form) in file.Channels)
        {
            if (!schools.TryGetValue(code, out var id))
            {
                logger.LogWarning("Demo reporting channels skipped: organization {Code} does not exist", code);
                continue;
            }
            if (existing.Contains(id))
            {
                continue;
            }
            var channels = new ReportingChannels { OrganizationId = id, UpdatedAt = clock.GetUtcNow() };
            form.ApplyTo(channels);
            db.ReportingChannels.Add(channels);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The school's code, then its channels.</summary>
    private sealed class ChannelsFile
    {
        public Dictionary<string, ReportingChannelsForm> Channels { get; set; } = [];
    }
}
