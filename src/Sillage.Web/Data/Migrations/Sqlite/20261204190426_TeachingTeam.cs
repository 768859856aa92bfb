using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeachingTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TeamVersion",
                table: "Cohorts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Discipline",
                table: "CohortMembers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TeachingShares",
                columns: table => new
                {
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeacherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetenceCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeachingShares", x => new { x.CohortId, x.TeacherId, x.CompetenceCode });
                    table.ForeignKey(
                        name: "FK_TeachingShares_CohortMembers_CohortId_TeacherId",
                        columns: x => new { x.CohortId, x.TeacherId },
                        principalTable: "CohortMembers",
                        principalColumns: new[] { "CohortId", "PersonId" },
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TeachingShares");

            migrationBuilder.DropColumn(
                name: "TeamVersion",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Discipline",
                table: "CohortMembers");
        }
    }
}
