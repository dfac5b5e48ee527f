using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Training.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PathPrefixIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Courses_OwnerPath",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_OrganizationPath",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Assignments_OrganizationPath",
                table: "Assignments");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_OwnerPath",
                table: "Courses",
                column: "OwnerPath")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_OrganizationPath",
                table: "Certificates",
                column: "OrganizationPath")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_OrganizationPath",
                table: "Assignments",
                column: "OrganizationPath")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Courses_OwnerPath",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_OrganizationPath",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Assignments_OrganizationPath",
                table: "Assignments");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_OwnerPath",
                table: "Courses",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_OrganizationPath",
                table: "Certificates",
                column: "OrganizationPath");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_OrganizationPath",
                table: "Assignments",
                column: "OrganizationPath");
        }
    }
}
