using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Core.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KeptFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FigureStamps",
                columns: table => new
                {
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureStamps", x => x.OrganizationId);
                });

            migrationBuilder.CreateTable(
                name: "KeptFigures",
                columns: table => new
                {
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SchoolYear = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Numerator = table.Column<int>(type: "INTEGER", nullable: false),
                    Denominator = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeptFigures", x => new { x.SchoolYear, x.AsOf, x.OrganizationId, x.Indicator });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FigureStamps");

            migrationBuilder.DropTable(
                name: "KeptFigures");
        }
    }
}
