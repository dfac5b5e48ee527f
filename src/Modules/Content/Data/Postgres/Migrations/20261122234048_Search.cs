using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Content.Data.Postgres.Migrations
{
    /// <summary>Full-text search over the published versions' folded text: a GIN index on its simple-configuration tsvector.</summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_ContentVersions_Search" ON "ContentVersions" USING GIN (to_tsvector('simple', "SearchText"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_ContentVersions_Search";""");
        }
    }
}
