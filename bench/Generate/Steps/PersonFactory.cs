using Bogus;
using Person = ChildSafety.Core.People.Person;
using ChildSafety.Bench.Generate.Words;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>Builds one generated person the way Identity would store them.</summary>
internal sealed class PersonFactory(Generation generation, Randomizer random, Faker faker, ILookupNormalizer normalizer)
{
    /// <summary>Share of women among teachers and staff; Vietnamese schools, kindergartens most of all, are mostly women.</summary>
    private const float WomenShare = 0.72f;

    private int count;

    public string? SharedHash { get; set; }

    public IEnumerable<Person> Office(Organization office, int size)
    {
        for (var i = 0; i < size; i++)
        {
            yield return New(office, i < Math.Max(1, size / 6) ? Position.Manager : Position.Staff);
        }
    }

    /// <summary>A school's staff: a head and deputies, mostly teachers, and some other staff.</summary>
    public IEnumerable<Person> School(Organization school, int size)
    {
        var managers = Math.Clamp(size / 15, 1, 3);
        for (var i = 0; i < size; i++)
        {
            yield return New(school, i < managers ? Position.Manager : random.Float() < 0.85f ? Position.Teacher : Position.Staff);
        }
    }

    public Person New(Organization organization, Position position, PersonName? name = null, string? email = null)
    {
        name ??= PersonNames.Next(random, WomenShare);
        email ??= $"{name.MailName}{++count}@{generation.Tree.Domain}";
        var startedOn = StartedOn();
        var created = new DateTimeOffset(startedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var inactive = position != Position.Manager && random.Float() < 0.01f;
        return new Person
        {
            Id = SeededGuid(created),
            FullName = name.Full,
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            EmailConfirmed = true,
            PasswordHash = SharedHash,
            SecurityStamp = random.Hexadecimal(32, "").ToUpperInvariant(),
            ConcurrencyStamp = random.Guid().ToString(),
            PhoneNumber = faker.Phone.PhoneNumber("09########"),
            LockoutEnabled = true,
            OrganizationId = organization.Id,
            Position = position,
            StartedOn = startedOn,
            CreatedAt = created < generation.Now.AddYears(-4) ? generation.Now.AddYears(-4) : created,
            IsActive = !inactive,
            DeactivatedAt = inactive ? generation.Now.AddDays(-random.Int(1, 300)) : null,
        };
    }

    /// <summary>Most staff have been in post for years; about one in ten started this school year.</summary>
    private DateOnly StartedOn()
    {
        var currentYear = generation.Years[^1];
        if (random.Float() < 0.1f)
        {
            var days = generation.Options.Today.DayNumber - currentYear.Starts.DayNumber;
            return currentYear.Starts.AddDays(random.Int(0, Math.Max(0, days)));
        }
        return currentYear.Starts.AddDays(-random.Int(1, 30 * 365));
    }

    /// <summary>A version-7 style id (time first, so the key index appends) whose random part comes from the seed.</summary>
    private Guid SeededGuid(DateTimeOffset at)
    {
        var bytes = random.Bytes(16);
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
