using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Training.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CurriculumCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwarenessActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    SchoolYear = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Topics = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EvidenceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EvidencePath = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwarenessActivities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    SchoolYear = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TopicCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Lesson = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Periods = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: true),
                    EvidenceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EvidencePath = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwarenessActivities_OrganizationId_Date",
                table: "AwarenessActivities",
                columns: new[] { "OrganizationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AwarenessActivities_OrganizationId_SchoolYear",
                table: "AwarenessActivities",
                columns: new[] { "OrganizationId", "SchoolYear" });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationEntries_OrganizationId_SchoolYear_Grade",
                table: "IntegrationEntries",
                columns: new[] { "OrganizationId", "SchoolYear", "Grade" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwarenessActivities");

            migrationBuilder.DropTable(
                name: "IntegrationEntries");
        }
    }
}
