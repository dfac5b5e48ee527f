using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Training.Data.Postgres.Migrations
{
    /// <summary>
    /// Each person's learning stamp, raised by a trigger on certificates, quiz attempts, attempts granted and lessons
    /// read, so that a copy of those records kept in memory knows when it is stale.
    /// </summary>
    public partial class LearningStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearningStamps",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningStamps", x => x.PersonId);
                });

            // A person's stamp moves with every change to their learning records, in the writing transaction.
            migrationBuilder.Sql("""
                CREATE FUNCTION learning_stamp_raise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp")
                    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD."PersonId" ELSE NEW."PersonId" END, 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "LearningStamps"."Stamp" + 1;
                    RETURN NULL;
                END;
                $$;
                CREATE TRIGGER "LearningStamps_Certificates" AFTER INSERT OR UPDATE OR DELETE ON "Certificates"
                    FOR EACH ROW EXECUTE FUNCTION learning_stamp_raise();
                CREATE TRIGGER "LearningStamps_QuizAttempts" AFTER INSERT OR UPDATE OR DELETE ON "QuizAttempts"
                    FOR EACH ROW EXECUTE FUNCTION learning_stamp_raise();
                CREATE TRIGGER "LearningStamps_AttemptGrants" AFTER INSERT OR UPDATE OR DELETE ON "AttemptGrants"
                    FOR EACH ROW EXECUTE FUNCTION learning_stamp_raise();
                CREATE TRIGGER "LearningStamps_LessonReads" AFTER INSERT OR UPDATE OR DELETE ON "LessonReads"
                    FOR EACH ROW EXECUTE FUNCTION learning_stamp_raise();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_Certificates" ON "Certificates";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_QuizAttempts" ON "QuizAttempts";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_AttemptGrants" ON "AttemptGrants";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_LessonReads" ON "LessonReads";""");
            migrationBuilder.Sql("DROP FUNCTION learning_stamp_raise();");
            migrationBuilder.DropTable(
                name: "LearningStamps");
        }
    }
}
