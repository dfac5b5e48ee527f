using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Training.Data.Sqlite.Migrations
{
    /// <summary>
    /// Each person's learning stamp, raised by triggers on certificates, quiz attempts, attempts granted and lessons
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
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningStamps", x => x.PersonId);
                });

            // A person's stamp moves with every change to their learning records, in the writing transaction.
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_Certificates_Insert" AFTER INSERT ON "Certificates"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (NEW."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_Certificates_Update" AFTER UPDATE ON "Certificates"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (NEW."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_Certificates_Delete" AFTER DELETE ON "Certificates"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (OLD."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_QuizAttempts_Insert" AFTER INSERT ON "QuizAttempts"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (NEW."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_QuizAttempts_Update" AFTER UPDATE ON "QuizAttempts"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (NEW."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_QuizAttempts_Delete" AFTER DELETE ON "QuizAttempts"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (OLD."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_AttemptGrants_Insert" AFTER INSERT ON "AttemptGrants"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (NEW."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_AttemptGrants_Update" AFTER UPDATE ON "AttemptGrants"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (NEW."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_AttemptGrants_Delete" AFTER DELETE ON "AttemptGrants"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (OLD."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_LessonReads_Insert" AFTER INSERT ON "LessonReads"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (NEW."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_LessonReads_Update" AFTER UPDATE ON "LessonReads"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (NEW."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LearningStamps_LessonReads_Delete" AFTER DELETE ON "LessonReads"
                BEGIN
                    INSERT INTO "LearningStamps" ("PersonId", "Stamp") VALUES (OLD."PersonId", 1)
                    ON CONFLICT ("PersonId") DO UPDATE SET "Stamp" = "Stamp" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_Certificates_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_Certificates_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_Certificates_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_QuizAttempts_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_QuizAttempts_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_QuizAttempts_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_AttemptGrants_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_AttemptGrants_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_AttemptGrants_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_LessonReads_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_LessonReads_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER "LearningStamps_LessonReads_Delete";""");
            migrationBuilder.DropTable(
                name: "LearningStamps");
        }
    }
}
