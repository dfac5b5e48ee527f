using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Training.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_PersonId_CourseId",
                table: "Certificates");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_PersonId_CourseId_ExpiresAt_IssuedAt_RevokedAt",
                table: "Certificates",
                columns: new[] { "PersonId", "CourseId", "ExpiresAt", "IssuedAt", "RevokedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgments_PersonId_VersionId_At",
                table: "Acknowledgments",
                columns: new[] { "PersonId", "VersionId", "At" },
                filter: "\"Decision\" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_PersonId_CourseId_ExpiresAt_IssuedAt_RevokedAt",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Acknowledgments_PersonId_VersionId_At",
                table: "Acknowledgments");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_PersonId_CourseId",
                table: "Certificates",
                columns: new[] { "PersonId", "CourseId" });
        }
    }
}
