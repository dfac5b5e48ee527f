using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChildSafety.Core.Data.Postgres.Migrations
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
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureStamps", x => x.OrganizationId);
                });

            migrationBuilder.CreateTable(
                name: "KeptFigures",
                columns: table => new
                {
                    Indicator = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchoolYear = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<long>(type: "bigint", nullable: false),
                    Numerator = table.Column<int>(type: "integer", nullable: false),
                    Denominator = table.Column<int>(type: "integer", nullable: false)
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
