using System.Security.Claims;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Assignments;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Learning;

/// <summary>
/// The signed-in person as the course and lesson pages need them: their member record and, in the same statement,
/// their <see cref="LearningStamp"/>, handed to <see cref="LearnerRecords"/> so that the standing the page works out
/// next does not read it again. The two were a third of the statements of a teacher taking a quiz. Written by hand
/// on Core's connection: the stamp's table is Training's, the person's Core's, and both live in one database.
/// </summary>
public sealed class SignedInLearner(CoreDbContext core, LearnerRecords records)
{
    private const string Sql = """
        SELECT a."Id", a."FullName", COALESCE(a."Email", ''), a."OrganizationId", o."Name", o."Path", o."Level", a."Position",
               a."StartedOn", COALESCE(s."Stamp", 0)
        FROM "AspNetUsers" AS a
        INNER JOIN "Organizations" AS o ON a."OrganizationId" = o."Id"
        LEFT JOIN "LearningStamps" AS s ON s."PersonId" = a."Id"
        WHERE a."IsActive" AND a."Id" = @Id
        """;

    /// <summary>Null for anyone but an active person.</summary>
    public async Task<Member?> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (PersonClaims.IdOf(user) is not { } id)
        {
            return null;
        }
        await using var open = await OpenConnection.OfAsync(core, cancellationToken);
        await using var command = core.Database.GetDbConnection().CreateCommand();
        command.CommandText = Sql;
        command.Parameters.Add(PropertyParameter.Of<Person>(core, nameof(Person.Id), id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var member = new Member(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5),
            reader.IsDBNull(6) ? null : (SchoolLevel)reader.GetInt32(6), (Position)reader.GetInt32(7), reader.GetFieldValue<DateOnly>(8));
        records.Expect(member.PersonId, reader.GetInt64(9));
        return member;
    }
}
