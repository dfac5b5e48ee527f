using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChildSafety.Training.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AttemptGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AttemptGrants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AfterAttempt = table.Column<int>(type: "integer", nullable: false),
                    Extra = table.Column<int>(type: "integer", nullable: false),
                    GrantedById = table.Column<Guid>(type: "uuid", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttemptGrants", x => x.Id);
                    table.CheckConstraint("CK_AttemptGrants_Extra", "\"Extra\" BETWEEN 1 AND 10");
                    table.ForeignKey(
                        name: "FK_AttemptGrants_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AttemptGrants_CourseId",
                table: "AttemptGrants",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_AttemptGrants_PersonId_CourseId",
                table: "AttemptGrants",
                columns: new[] { "PersonId", "CourseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttemptGrants");
        }
    }
}
