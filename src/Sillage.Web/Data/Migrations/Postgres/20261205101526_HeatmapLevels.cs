using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HeatmapLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearnerElementLevels",
                columns: table => new
                {
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<int>(type: "integer", nullable: false),
                    LastRecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerElementLevels", x => new { x.CohortId, x.LearnerId, x.ElementId });
                    table.ForeignKey(
                        name: "FK_LearnerElementLevels_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearnerElementLevels_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearnerElementLevels_FrameworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "FrameworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearnerElementLevels_ElementId",
                table: "LearnerElementLevels",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_LearnerElementLevels_LearnerId",
                table: "LearnerElementLevels",
                column: "LearnerId");

            // The levels of every learner of every cohort, from their positionnements (PortfolioFigures keeps them from now on).
            migrationBuilder.Sql("""
                INSERT INTO "LearnerElementLevels" ("CohortId", "LearnerId", "ElementId", "Level", "Events", "LastRecordedAt")
                SELECT a."CohortId", a."LearnerId", a."ElementId",
                    COALESCE((
                        SELECT s."Level" FROM "Assessments" AS s
                        WHERE s."CohortId" = a."CohortId" AND s."LearnerId" = a."LearnerId" AND s."ElementId" = a."ElementId"
                          AND NOT EXISTS (SELECT 1 FROM "Assessments" AS c WHERE c."CorrectsId" = s."Id")
                        ORDER BY s."ObservedOn" DESC, s."RecordedAt" DESC
                        LIMIT 1), 0),
                    COUNT(*), MAX(a."RecordedAt")
                FROM "Assessments" AS a
                GROUP BY a."CohortId", a."LearnerId", a."ElementId"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearnerElementLevels");
        }
    }
}
