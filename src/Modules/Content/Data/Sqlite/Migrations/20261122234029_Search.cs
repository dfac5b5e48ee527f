using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Content.Data.Sqlite.Migrations
{
    /// <summary>Full-text search over the published versions' folded text with FTS5, kept in step by a trigger.</summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Versions are never updated or deleted, so the index only ever needs the rows inserted after it.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ContentSearch" USING fts5("SearchText", content='ContentVersions', content_rowid='Id', tokenize='unicode61');
                INSERT INTO "ContentSearch"("ContentSearch") VALUES ('rebuild');
                CREATE TRIGGER "ContentVersions_Search" AFTER INSERT ON "ContentVersions" BEGIN
                    INSERT INTO "ContentSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "ContentVersions_Search";
                DROP TABLE "ContentSearch";
                """);
        }
    }
}
