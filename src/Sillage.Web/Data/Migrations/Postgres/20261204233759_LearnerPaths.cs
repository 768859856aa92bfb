using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LearnerPaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AlternationCompanyWeeks",
                table: "PfmpPeriods",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AlternationSchoolWeeks",
                table: "PfmpPeriods",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ContractNumber",
                table: "PfmpPeriods",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "PfmpPeriods",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "LearnerProfiles",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PriorDiploma = table.Column<int>(type: "integer", nullable: false),
                    PriorDiplomaDetail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PriorExperience = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Funder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlannedHours = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerProfiles", x => x.LearnerId);
                    table.ForeignKey(
                        name: "FK_LearnerProfiles_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearnerProfiles_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PathAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    SituationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Part = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PathAdjustments_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PathAdjustments_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PathAdjustments_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PathAdjustments_Situations_SituationId",
                        column: x => x.SituationId,
                        principalTable: "Situations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearnerProfiles_UpdatedById",
                table: "LearnerProfiles",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PathAdjustments_CohortId",
                table: "PathAdjustments",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_PathAdjustments_CreatedById",
                table: "PathAdjustments",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PathAdjustments_LearnerId_CohortId",
                table: "PathAdjustments",
                columns: new[] { "LearnerId", "CohortId" });

            migrationBuilder.CreateIndex(
                name: "IX_PathAdjustments_SituationId",
                table: "PathAdjustments",
                column: "SituationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearnerProfiles");

            migrationBuilder.DropTable(
                name: "PathAdjustments");

            migrationBuilder.DropColumn(
                name: "AlternationCompanyWeeks",
                table: "PfmpPeriods");

            migrationBuilder.DropColumn(
                name: "AlternationSchoolWeeks",
                table: "PfmpPeriods");

            migrationBuilder.DropColumn(
                name: "ContractNumber",
                table: "PfmpPeriods");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PfmpPeriods");
        }
    }
}
