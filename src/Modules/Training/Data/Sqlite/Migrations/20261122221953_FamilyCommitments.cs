using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Training.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FamilyCommitments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolYear = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PublishedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyCommitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentInvitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PupilName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Method = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentInvitations_FamilyCommitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "FamilyCommitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentInvitations_CommitmentId_ClassName",
                table: "CommitmentInvitations",
                columns: new[] { "CommitmentId", "ClassName" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentInvitations_TokenHash",
                table: "CommitmentInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyCommitments_OrganizationId_SchoolYear",
                table: "FamilyCommitments",
                columns: new[] { "OrganizationId", "SchoolYear" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitmentInvitations");

            migrationBuilder.DropTable(
                name: "FamilyCommitments");
        }
    }
}
