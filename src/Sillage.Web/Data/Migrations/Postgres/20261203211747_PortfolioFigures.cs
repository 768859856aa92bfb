using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PortfolioFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearnerPortfolioActivities",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerPortfolioActivities", x => x.LearnerId);
                    table.ForeignKey(
                        name: "FK_LearnerPortfolioActivities_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearnerTraceCounts",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Traces = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerTraceCounts", x => new { x.LearnerId, x.ElementId });
                    table.ForeignKey(
                        name: "FK_LearnerTraceCounts_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearnerTraceCounts_FrameworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "FrameworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearnerTraceCounts_ElementId",
                table: "LearnerTraceCounts",
                column: "ElementId");

            // The figures of the dossiers already written (PortfolioFigures keeps them from now on).
            migrationBuilder.Sql("""
                INSERT INTO "LearnerTraceCounts" ("LearnerId", "ElementId", "Traces")
                SELECT t."LearnerId", x."ElementId", COUNT(DISTINCT x."TraceId")
                FROM (
                    SELECT l."ElementId" AS "ElementId", l."TraceId" AS "TraceId" FROM "TraceCompetenceLinks" AS l
                    UNION ALL
                    SELECT e."ParentId", l."TraceId" FROM "TraceCompetenceLinks" AS l
                    INNER JOIN "FrameworkElements" AS e ON e."Id" = l."ElementId"
                    WHERE e."Kind" = 3 AND e."ParentId" IS NOT NULL
                ) AS x
                INNER JOIN "Traces" AS t ON t."Id" = x."TraceId"
                WHERE t."DeletedAt" IS NULL
                GROUP BY t."LearnerId", x."ElementId";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "LearnerPortfolioActivities" ("LearnerId", "LastAt")
                SELECT a."LearnerId", MAX(a."At")
                FROM (
                    SELECT t."LearnerId" AS "LearnerId", t."UpdatedAt" AS "At" FROM "Traces" AS t WHERE t."DeletedAt" IS NULL
                    UNION ALL
                    SELECT t."LearnerId", c."CreatedAt" FROM "FeedbackComments" AS c INNER JOIN "Traces" AS t ON t."Id" = c."TraceId" WHERE c."ByStaff"
                ) AS a
                GROUP BY a."LearnerId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearnerPortfolioActivities");

            migrationBuilder.DropTable(
                name: "LearnerTraceCounts");
        }
    }
}
