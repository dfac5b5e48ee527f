using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Core.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganizationId_Position_Id",
                table: "AspNetUsers",
                columns: new[] { "OrganizationId", "Position", "Id" },
                filter: "\"IsActive\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_OrganizationId_Position_Id",
                table: "AspNetUsers");
        }
    }
}
