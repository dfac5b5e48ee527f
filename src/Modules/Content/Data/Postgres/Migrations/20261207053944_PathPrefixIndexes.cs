using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Content.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PathPrefixIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediaItems_OwnerPath",
                table: "MediaItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_OwnerPath",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_OwnerPath",
                table: "MediaItems",
                column: "OwnerPath")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_OwnerPath",
                table: "ContentItems",
                column: "OwnerPath")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediaItems_OwnerPath",
                table: "MediaItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_OwnerPath",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_OwnerPath",
                table: "MediaItems",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_OwnerPath",
                table: "ContentItems",
                column: "OwnerPath");
        }
    }
}
